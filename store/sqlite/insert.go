package sqlite

import "strings"

// maxRowsPerInsert bounds the rows of one multi-row INSERT. Rows go in
// chunks of powers of two up to it, so a table needs at most
// log2(maxRowsPerInsert)+1 prepared variants, and n rows take at most
// n/maxRowsPerInsert + log2(maxRowsPerInsert) + 1 statements.
const maxRowsPerInsert = 32

// insertKey names one multi-row INSERT: head is "INSERT ... INTO t", row
// the "(?, ?, ...)" of one row, n the rows.
type insertKey struct {
	head, row string
	n         int
}

// insertSQL is the text of the INSERT of n rows; db.mu is held.
func (db *DB) insertSQL(head, row string, n int) string {
	k := insertKey{head, row, n}
	if q, ok := db.inserts[k]; ok {
		return q
	}
	var sb strings.Builder
	sb.WriteString(head)
	sb.WriteString(" VALUES ")
	for i := range n {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(row)
	}
	q := sb.String()
	if db.inserts == nil {
		db.inserts = map[insertKey]string{}
	}
	db.inserts[k] = q
	return q
}

// insert runs head with the rows whose values are args, perCol values a
// row, in as few statements as it can: one statement per row cost as much
// in the driver and VM as the row itself. Rows are inserted in order, so
// OR REPLACE and OR IGNORE behave as for single-row statements.
func (w *writer) insert(head, row string, perRow int, args []any) error {
	n := len(args) / perRow
	for n > 0 {
		chunk := maxRowsPerInsert
		for chunk > n {
			chunk >>= 1
		}
		if err := w.exec(w.db.insertSQL(head, row, chunk), args[:chunk*perRow]...); err != nil {
			return err
		}
		args = args[chunk*perRow:]
		n -= chunk
	}
	return nil
}
