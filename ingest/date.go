package ingest

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms found in news data, most specific first.
// Month names match in any case, so Reuters' "26-FEB-1987" parses.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
	time.UnixDate,
	"2-Jan-2006 15:04:05.00", // Reuters-21578
	"2-Jan-2006 15:04:05",
	"2-Jan-2006",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
}

// ParseDate reads a date in any of the usual news forms: RFC 3339, RFC 1123,
// "26-FEB-1987 15:02:20.00" (Reuters-21578), "2019-04-10", "April 10, 2019",
// and Unix seconds (or milliseconds, for 12 digits and more). Times without
// a zone are UTC. It reports false for anything else.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	if allDigits(s) && len(s) >= 9 && len(s) <= 13 {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, false
		}
		if len(s) >= 12 {
			return time.UnixMilli(n).UTC(), true
		}
		return time.Unix(n, 0).UTC(), true
	}
	if t, ok := parseLayouts(s); ok {
		return t, true
	}
	// Real data has junk after the date ("27-MAR-1987 13:58:01.19&#5;E A R",
	// "9-APR-1987 00:00:00.00    # date added") or a broken time
	// ("31-MAR-1987 605:12:19.12"): cut at the first odd character, then
	// drop trailing words, keeping at least the first.
	if i := strings.IndexAny(s, "&#;|"); i > 0 {
		s = strings.TrimSpace(s[:i])
		if t, ok := parseLayouts(s); ok {
			return t, true
		}
	}
	words := strings.Fields(s)
	for n := len(words) - 1; n >= 1; n-- {
		if t, ok := parseLayouts(strings.Join(words[:n], " ")); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func parseLayouts(s string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
