// Package tagger assigns part-of-speech tags to tokens: the Universal
// Dependencies tag (UPOS) and the Penn Treebank tag (XPOS) together.
//
// It is an averaged perceptron (Collins 2002) over one class per (UPOS, XPOS)
// pair seen in training, so the two tags always agree with each other. It
// tags left to right using the tags it has already chosen and lookahead
// features of the words to the right. A model may have a second pass
// (TrainOptions.Passes) that also sees the first pass's tags to the right,
// trained on first-pass tags predicted by jackknifing (each fold tagged by a
// model that never saw it); on EWT dev it gained only 0.07 points for twice
// the work, so the embedded model has one pass.
//
// Features are hashed to uint64 (a feature-template id mixed with a hash of
// the value) and looked up in one open-addressing table of 8-byte slots (32
// bits of the key, an offset) whose rows hold the nonzero weights of each
// pass, quantised to int16. The weights of the features that depend only on
// the word are summed once per dictionary word and stored with it. They are: the word
// lowercased with digits as 0, its case-kept form, its prefixes (1-3) and
// suffixes (1-4), its shape (Xxx, dd.d, X.X.), flags (digit, hyphen,
// capitals, sentence-initial), the two words on each side, suffixes and
// shapes of the neighbours, ambiguity classes (the set of tags each word took
// in training) of the word and its neighbours, and the tags to the left (and
// in the second pass to the right), and, for words the tag dictionary does
// not know, lexicon bits: which open-class parts of speech WordNet allows
// the word or the lemma it inflects ("withdrew": an irregular verb form;
// "convoys": a noun plural). Curly quotes, long dashes and the
// ellipsis character are read as their ASCII forms, so news text looks like
// the web text the model learnt from.
//
// Each word seen often enough in training is held to the classes it took
// there (its candidates), and one that nearly always took one class gets it
// without scoring; other words may take the classes rare training words
// took. Tagging allocates nothing per token: scratch buffers come from a
// pool, so a Model is safe for concurrent use by many goroutines.
//
// The embedded model (Default) was trained on UD_English-EWT
// (https://universaldependencies.org/treebanks/en_ewt/), which is licensed
// CC BY-SA 4.0 by its authors; the model is shipped under the same licence.
// Its lexicon bits are derived from WordNet 3.0 (Princeton University, WordNet
// 3.0 licence: free to use, copy and distribute with its notice), read from
// Debian's wordnet-base at training time. Train one with
// `dyad train tagger --treebank DIR --wordnet /usr/share/wordnet --out FILE`.
package tagger
