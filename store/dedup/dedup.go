// Package dedup finds duplicate articles: exact copies by a hash of the
// normalised text, and near copies (syndicated wire stories with another
// headline, byline or an edited sentence) by a 64-bit SimHash over word
// shingles, compared by Hamming distance.
//
// A store keeps the five bands (13, 13, 13, 13 and 12 bits) of each SimHash
// in indexed columns: two fingerprints within MaxDistance (4) bits agree on
// at least one band (pigeonhole), so candidates come from five index
// look-ups and only they are compared bit by bit.
package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// MaxDistance is the largest Hamming distance between the SimHashes of two
// texts that count as near duplicates. Wire copies with a changed headline,
// byline and sentence differ by about 3 bits; different stories on the
// same event by 20 to 35.
const MaxDistance = 4

// NumBands is the number of bands of a SimHash (MaxDistance+1).
const NumBands = MaxDistance + 1

// shingle is the number of words in a shingle.
const shingle = 3

// Fingerprint is what dedup keeps of a text.
type Fingerprint struct {
	Exact string // first 16 hex digits of SHA-256 of the normalised text
	Sim   uint64 // SimHash of the text's word shingles
}

// Of fingerprints a text. It allocates only the word offsets.
func Of(text string) Fingerprint {
	words := wordsOf(text)
	h := sha256.New()
	var acc [64]int32
	var prev [shingle]uint64 // FNV hashes of the last words
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		wh := uint64(14695981039346656037)
		for _, r := range text[w.start:w.end] {
			r = unicode.ToLower(r)
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], r)
			h.Write(buf[:n])
			for _, b := range buf[:n] {
				wh ^= uint64(b)
				wh *= 1099511628211
			}
		}
		copy(prev[:], prev[1:])
		prev[shingle-1] = wh
		if i+1 < shingle && len(words) >= shingle {
			continue
		}
		s := prev[0]*31 ^ prev[1]*1000003 ^ prev[2]
		s = mix(s)
		for b := 0; b < 64; b++ {
			if s&(1<<b) != 0 {
				acc[b]++
			} else {
				acc[b]--
			}
		}
	}
	var sim uint64
	for b := 0; b < 64; b++ {
		if acc[b] > 0 {
			sim |= 1 << b
		}
	}
	sum := h.Sum(nil)
	return Fingerprint{Exact: hex.EncodeToString(sum[:8]), Sim: sim}
}

// mix is the splitmix64 finaliser: it spreads shingle hashes over all bits.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

type word struct{ start, end int }

// wordsOf splits text into runs of letters and digits; punctuation, case
// and spacing do not change a fingerprint.
func wordsOf(text string) []word {
	ws := make([]word, 0, len(text)/6)
	start := -1
	for i, r := range text {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if alnum && start < 0 {
			start = i
		} else if !alnum && start >= 0 {
			ws = append(ws, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{start, len(text)})
	}
	return ws
}

// Distance is the Hamming distance between two SimHashes.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether two SimHashes are near duplicates.
func Near(a, b uint64) bool { return Distance(a, b) <= MaxDistance }

// Bands splits a SimHash into the bands a store indexes: bits 0-12,
// 13-25, 26-38, 39-51 and 52-63.
func Bands(sim uint64) [NumBands]int64 {
	var b [NumBands]int64
	for i := range b {
		b[i] = int64(sim >> (13 * i) & 0x1fff)
	}
	return b
}
