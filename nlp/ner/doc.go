// Package ner recognises named entities — people (PER), organisations (ORG) and
// locations (LOC), the types of Universal NER — over tokenised sentences.
//
// The recogniser is a structured averaged perceptron over BILOU labels with
// first-order Viterbi decoding restricted to well-formed label sequences. Its
// features are the word and its neighbours, shapes, affixes, sentence casing,
// word clusters and a capitalisation prior induced from unlabelled text, and
// compact gazetteers: countries, first-level regions and cities from GeoNames;
// people and organisations from the PETRARCH/Phoenix actor dictionaries; country
// names from the ICEWS codebook. The gazetteers and the clusters travel inside
// the model file. [Recognizer.RecognizeDocument] adds a document-level pass
// that marks recurrences of names found elsewhere in the same document.
//
// The shipped model (model/ner.bin.gz, embedded) is built by [Train] from:
//
//   - Universal NER English EWT dev (CC BY-SA 4.0), the only UNER EWT file with
//     labels available here;
//   - GUM's train and dev documents (annotations CC BY 4.0; texts under their
//     genres' licences, see GUM's LICENSE.txt): entity mentions of type person,
//     organization and place mapped to PER, ORG and LOC, keeping only named
//     mentions (the proper-noun chunk around a proper-noun head; titles such
//     as "President" left outside person names, as UNER does);
//   - gazetteers from GeoNames (CC BY 4.0, attribution to GeoNames), the
//     PETRARCH2/Phoenix dictionaries (MIT, Open Event Data) and the ICEWS
//     country names of text_to_CAMEO (MIT);
//   - word clusters and capitalisation classes induced from the unlabelled text
//     of UD EWT train and dev (CC BY-SA 4.0) and GUM train and dev. The news
//     corpora under shared/data/corpora are not used: their licences allow
//     research use only, and the clusters ship inside the model. (With them the
//     model reached PUD F1 60.1; without them 57.3. EWT test is unchanged.)
//
// Tuning used five-fold cross-validation over UNER EWT dev documents and GUM's
// dev split, before GUM dev joined the final training. UNER EWT test and UNER
// PUD test were used only to measure the result (see accuracy_test.go).
package ner
