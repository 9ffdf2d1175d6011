// Package dedup finds duplicate articles: exact copies by a hash of the
// normalised text, and near copies (syndicated wire stories with another
// headline, byline or an edited sentence) by MinHash over word shingles
// with locality-sensitive hashing (LSH).
//
// A Fingerprint holds the text hash and a MinHash signature of NumHashes
// values. The signature is cut into NumBands bands of Rows values; a store
// indexes the hash of each band, and two texts become candidates when one
// band agrees. Candidates whose signatures estimate a Jaccard similarity of
// at least Threshold are near duplicates. With 16 bands of 4 rows, texts
// with Jaccard 0.7 are candidates with probability 0.99, texts with 0.3
// with 0.12 (and are then rejected by the estimate).
//
// MinHash is used rather than SimHash because news copies are short: a
// 100-word story with a new headline and one edited sentence shares about
// 80% of its shingles with the original, which MinHash estimates well, while
// its 64-bit SimHash moved by 9 bits in the tests, as far as unrelated
// short texts can come.
package dedup

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
)

const (
	NumHashes = 64               // MinHash values in a signature
	Rows      = 4                // values per band
	NumBands  = NumHashes / Rows // bands indexed by a store
	Threshold = 0.5              // least estimated Jaccard similarity of near duplicates
	shingle   = 3                // words per shingle
)

// Signature is a MinHash signature.
type Signature [NumHashes]uint32

// Fingerprint is what dedup keeps of a text.
type Fingerprint struct {
	Exact string // first 16 hex digits of SHA-256 of the normalised text (lower case, words only)
	Sig   Signature
}

// The NumHashes hash functions are multiply-add-shift hashes
// (Dietzfelbinger) of the mixed shingle hash: h_i(s) = (a_i*s + b_i) >> 32
// with odd a_i. Their constants are fixed, so signatures stay comparable
// across runs and versions.
var mulA, addB = func() (a, b [NumHashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range a {
		x = mix(x + uint64(i))
		a[i] = x | 1
		x = mix(x + 0x632be59bd9b4e019)
		b[i] = x
	}
	return a, b
}()

// Of fingerprints a text: words are runs of letters and digits, compared
// in lower case, so punctuation, case and spacing change nothing.
func Of(text string) Fingerprint {
	var fp Fingerprint
	for i := range fp.Sig {
		fp.Sig[i] = ^uint32(0)
	}
	h := sha256.New()
	var buf []byte
	var prev [shingle]uint64
	nwords := 0
	add := func(s uint64) {
		s = mix(s)
		for i := range fp.Sig {
			if v := uint32((mulA[i]*s + addB[i]) >> 32); v < fp.Sig[i] {
				fp.Sig[i] = v
			}
		}
	}
	inWord := false
	var wh uint64
	endWord := func() {
		copy(prev[:], prev[1:])
		prev[shingle-1] = wh
		nwords++
		if nwords >= shingle {
			add(prev[0]*0x100000001b3 ^ prev[1]*0xc2b2ae3d27d4eb4f ^ prev[2])
		}
		buf = append(buf, ' ')
		inWord = false
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !inWord {
				inWord, wh = true, 14695981039346656037
			}
			r = unicode.ToLower(r)
			n := len(buf)
			buf = utf8.AppendRune(buf, r)
			for _, b := range buf[n:] {
				wh = (wh ^ uint64(b)) * 1099511628211
			}
		} else if inWord {
			endWord()
		}
	}
	if inWord {
		endWord()
	}
	if nwords > 0 && nwords < shingle { // too short for a shingle: the words are one
		add(prev[shingle-1] ^ uint64(nwords))
	}
	h.Write(buf)
	sum := h.Sum(nil)
	fp.Exact = hex.EncodeToString(sum[:8])
	return fp
}

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Similarity estimates the Jaccard similarity of the shingle sets of two
// texts from their signatures.
func Similarity(a, b *Signature) float64 {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// Near reports whether two signatures are near duplicates.
func Near(a, b *Signature) bool { return Similarity(a, b) >= Threshold }

// Bands are the LSH keys of a signature: band i hashes values
// [i*Rows, (i+1)*Rows).
func (s *Signature) Bands() [NumBands]int64 {
	var out [NumBands]int64
	for i := range out {
		x := uint64(i)
		for _, v := range s[i*Rows : (i+1)*Rows] {
			x = mix(x ^ uint64(v))
		}
		out[i] = int64(x)
	}
	return out
}

// Bytes is the signature as 4*NumHashes little-endian bytes, for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// SignatureFrom reads what Bytes wrote; ok is false for a wrong length.
func SignatureFrom(b []byte) (s Signature, ok bool) {
	if len(b) != 4*NumHashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
