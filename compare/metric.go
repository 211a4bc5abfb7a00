package compare

import "github.com/parley-reader/parley/compare/vectors"

// metricDim is the number of components of the word vectors the learned
// metric transforms.
const metricDim = 100

// metricOf returns the learned metric's transform of a centred mean vector
// v at unit length: two claims' transforms have a cosine that tells
// counterparts from other claims of the same two accounts better than the
// cosine of the centred means. The transform (metricRows, metricDim rows of
// metricDim, row-major) is fitted by tools/fitweights -metric on the
// development cases: each claim and the claims of the other side an
// expectation or an omission names, the expected pairs as counterparts,
// the rest as not (see metric_gen.go for the fit and its figures). v is
// returned as it is when it has another length or the table is empty.
func metricOf(v vectors.Dense) vectors.Dense {
	if len(v) != metricDim || len(metricRows) != metricDim*metricDim {
		return v
	}
	out := make(vectors.Dense, metricDim)
	for p := range out {
		out[p] = float32(vectors.Dot(metricRows[p*metricDim:(p+1)*metricDim], v))
	}
	return unit(out)
}
