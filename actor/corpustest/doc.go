// Package corpustest holds the actor package's tests on real text through the stages
// that feed it in the pipeline — ingest and the NLP backbone — and its benchmark
// against that backbone. They live apart from package actor so that actor's own tests
// depend on nothing but the standard library and the domain types.
package corpustest
