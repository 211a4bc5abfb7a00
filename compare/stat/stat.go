// Package stat holds the few pieces of arithmetic the comparison engine and
// its development tools share, so that a model is fitted and applied with
// the same code: the weighted sum of features, the logistic and softmax
// functions of fitted linear models, and Pearson's correlation.
package stat

import "math"

// Dot returns the weighted sum of x with weights w, over the shorter of
// the two.
func Dot(w, x []float64) float64 {
	s := 0.0
	for i := range min(len(w), len(x)) {
		s += w[i] * x[i]
	}
	return s
}

// Sigmoid is the logistic function of z.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Softmax returns the probabilities of the classes whose scores are z.
func Softmax(z []float64) []float64 {
	p := make([]float64, len(z))
	mx := math.Inf(-1)
	for _, v := range z {
		mx = math.Max(mx, v)
	}
	sum := 0.0
	for c, v := range z {
		p[c] = math.Exp(v - mx)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// Pearson returns the correlation coefficient of a and b, or NaN when they
// differ in length, hold fewer than two values, or either is constant.
func Pearson(a, b []float64) float64 {
	if len(a) != len(b) || len(a) < 2 {
		return math.NaN()
	}
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= float64(len(a))
	mb /= float64(len(b))
	var sab, saa, sbb float64
	for i := range a {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	if saa == 0 || sbb == 0 {
		return math.NaN()
	}
	return sab / math.Sqrt(saa*sbb)
}
