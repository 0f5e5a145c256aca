// encoding/binary: byte orders (get, put, append at every width) and varints
// (encode, decode, errors, reading from io.ByteReaders).
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

func orders(bo binary.ByteOrder, ao binary.AppendByteOrder) {
	fmt.Printf("== %s %v %#v\n", bo.String(), bo, bo)
	b := make([]byte, 8)
	bo.PutUint16(b, 0x0102)
	fmt.Printf("PutUint16 % x -> %#x\n", b[:2], bo.Uint16(b))
	bo.PutUint32(b, 0x01020304)
	fmt.Printf("PutUint32 % x -> %#x\n", b[:4], bo.Uint32(b))
	bo.PutUint64(b, 0x0102030405060708)
	fmt.Printf("PutUint64 % x -> %#x\n", b, bo.Uint64(b))
	for _, v := range []uint64{0, 1, 0xff, 0x8000, 0xffff, 0xdeadbeef, math.MaxUint32, 1 << 63, math.MaxUint64} {
		bo.PutUint64(b, v)
		x64 := bo.Uint64(b)
		bo.PutUint32(b, uint32(v))
		x32 := bo.Uint32(b)
		bo.PutUint16(b, uint16(v))
		x16 := bo.Uint16(b)
		fmt.Printf("%#x: %#x %#x %#x\n", v, x64, x32, x16)
	}
	var out []byte
	out = ao.AppendUint16(out, 0xabcd)
	out = ao.AppendUint32(out, 0x12345678)
	out = ao.AppendUint64(out, 0xfedcba9876543210)
	fmt.Printf("append % x (len %d)\n", out, len(out))
	fmt.Printf("read back %#x %#x %#x\n", bo.Uint16(out), bo.Uint32(out[2:]), bo.Uint64(out[6:]))
	pre := []byte("hdr:")
	got := ao.AppendUint32(pre[:4:4], 7)
	fmt.Printf("append after prefix %q, prefix %q\n", got, pre)
	// Longer slices: only the first bytes count.
	long := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Printf("long %#x %#x %#x\n", bo.Uint16(long), bo.Uint32(long), bo.Uint64(long))
}

func shortSlice(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: panicked=%v\n", name, r != nil)
	}()
	f()
}

func main() {
	orders(binary.LittleEndian, binary.LittleEndian)
	orders(binary.BigEndian, binary.BigEndian)
	fmt.Println(binary.LittleEndian.GoString(), binary.BigEndian.GoString())
	var bo binary.ByteOrder = binary.BigEndian
	if _, ok := bo.(binary.AppendByteOrder); ok {
		fmt.Println("BigEndian is an AppendByteOrder")
	}
	fmt.Printf("%s %s\n", binary.LittleEndian, binary.BigEndian)
	shortSlice("Uint16 short", func() { binary.LittleEndian.Uint16([]byte{1}) })
	shortSlice("Uint32 short", func() { binary.BigEndian.Uint32([]byte{1, 2, 3}) })
	shortSlice("PutUint64 short", func() { binary.LittleEndian.PutUint64(make([]byte, 7), 1) })
	shortSlice("Uint64 ok", func() { binary.BigEndian.Uint64(make([]byte, 8)) })

	fmt.Println("== varints", binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 2, 127, 128, 255, 256, 300, 16383, 16384, 1<<21 - 1, 1 << 21, math.MaxUint32, 1 << 56, 1<<63 - 1, 1 << 63, math.MaxUint64} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		app := binary.AppendUvarint([]byte{0xaa}, x)
		r, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Printf("uvarint %d: % x -> %d (%d) app=% x read=%d %v\n", x, buf[:n], y, m, app, r, err)
	}
	for _, x := range []int64{0, 1, -1, 2, -2, 63, -64, 64, -65, 1000, -1000, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		app := binary.AppendVarint(nil, x)
		r, err := binary.ReadVarint(bufio.NewReader(bytes.NewReader(buf[:n])))
		fmt.Printf("varint %d: % x -> %d (%d) app=% x read=%d %v\n", x, buf[:n], y, m, app, r, err)
	}
	// Several varints in a row.
	var seq []byte
	for i := int64(-3); i <= 3; i++ {
		seq = binary.AppendVarint(seq, i*1000)
	}
	fmt.Printf("seq % x\n", seq)
	for len(seq) > 0 {
		v, n := binary.Varint(seq)
		fmt.Print(v, " ")
		seq = seq[n:]
	}
	fmt.Println()

	// Decoding errors: too short (n == 0) and overflow (n < 0).
	cases := [][]byte{
		nil,
		{},
		{0x80},
		{0xff, 0xff},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00},
		{0x81, 0x00},
		{0x01, 0xff},
	}
	for _, c := range cases {
		u, un := binary.Uvarint(c)
		v, vn := binary.Varint(c)
		ru, rerr := binary.ReadUvarint(bytes.NewReader(c))
		rv, verr := binary.ReadVarint(bufio.NewReader(bytes.NewReader(c)))
		fmt.Printf("% x: Uvarint %d,%d Varint %d,%d ReadUvarint %d,%v ReadVarint %d,%v\n", c, u, un, v, vn, ru, rerr, rv, verr)
		fmt.Println("  EOF:", rerr == io.EOF, "UnexpectedEOF:", errors.Is(rerr, io.ErrUnexpectedEOF))
	}
	// ReadUvarint consumes exactly the varint.
	br := bufio.NewReader(strings.NewReader("\xac\x02rest"))
	x, err := binary.ReadUvarint(br)
	rest, _ := io.ReadAll(br)
	fmt.Println(x, err, string(rest))
	// Errors from the reader itself pass through.
	_, err = binary.ReadUvarint(errReader{})
	fmt.Println("reader error:", err)
	_, err = binary.ReadVarint(&oneByte{b: 0x80})
	fmt.Println("after one byte:", err)
}

type errReader struct{}

func (errReader) ReadByte() (byte, error) { return 0, errors.New("boom") }

type oneByte struct {
	b    byte
	done bool
}

func (o *oneByte) ReadByte() (byte, error) {
	if o.done {
		return 0, errors.New("boom after first byte")
	}
	o.done = true
	return o.b, nil
}
