// Package seedtest measures the event coder end to end — ingest, NLP backbone, actor
// resolution, event coding — on the seed articles of the shared material, against
// their gold events. It is a test-only package, kept apart from event so that the
// coder's own tests do not depend on the other stages building.
package seedtest
