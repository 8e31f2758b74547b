// Package vec adds rows of float32 weights for the tagger and the parser: the inner
// loop of both perceptrons. On amd64 it uses AVX2 or SSE (addrow_amd64.s), whose
// lane-wise additions round exactly as Go's scalar float32 addition, so the sums
// are bit for bit those of the plain loop; elsewhere it is that loop. AddRows adds
// several rows in order, for the parser's rows of 104 weights with the sums held
// in AVX2 registers from row to row instead of stored and loaded for each.
package vec
