package tag

import "bytes"

func bytesReader() *bytes.Reader { return bytes.NewReader(embedded) }
