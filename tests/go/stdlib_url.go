// net/url: Parse / ParseRequestURI of a large table (every field, String and
// the other methods), the reference resolution examples of RFC 3986 §5.4,
// escaping and unescaping of every byte in each mode, query parsing and
// encoding, JoinPath, Userinfo, and the error types with Go's texts.
package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
)

func userText(u *url.Userinfo) string {
	if u == nil {
		return "nil"
	}
	p, ok := u.Password()
	return fmt.Sprintf("{%q %q %v %q}", u.Username(), p, ok, u.String())
}

func fields(u *url.URL) string {
	return fmt.Sprintf("Scheme=%q Opaque=%q User=%s Host=%q Path=%q RawPath=%q OmitHost=%v ForceQuery=%v RawQuery=%q Fragment=%q RawFragment=%q",
		u.Scheme, u.Opaque, userText(u.User), u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
}

func describe(u *url.URL) {
	fmt.Println("   ", fields(u))
	fmt.Printf("    String=%q Redacted=%q\n", u.String(), u.Redacted())
	fmt.Printf("    Hostname=%q Port=%q IsAbs=%v EscapedPath=%q EscapedFragment=%q RequestURI=%q\n",
		u.Hostname(), u.Port(), u.IsAbs(), u.EscapedPath(), u.EscapedFragment(), u.RequestURI())
	if u.RawQuery != "" {
		fmt.Printf("    Query=%v\n", u.Query())
	}
	// String must parse back to the same URL.
	if v, err := url.Parse(u.String()); err != nil {
		fmt.Println("    reparse error:", err)
	} else if v.String() != u.String() {
		fmt.Printf("    reparse: %q\n", v.String())
	}
}

func errInfo(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Sprintf("%v [Op=%q URL=%q Err=%q timeout=%v temporary=%v unwrap-same=%v]",
			err, ue.Op, ue.URL, ue.Err.Error(), ue.Timeout(), ue.Temporary(), errors.Unwrap(err) == ue.Err)
	}
	return err.Error()
}

var parseTests = []string{
	"",
	"*",
	"http://www.google.com",
	"http://www.google.com/",
	"http://www.google.com/file%20one%26two",
	"http://www.google.com/#file%20one%26two",
	"ftp://webmaster@www.google.com/",
	"ftp://john%20doe@www.google.com/",
	"http://www.google.com/?",
	"http://www.google.com/?foo=bar?",
	"http://www.google.com/?q=go+language",
	"http://www.google.com/?q=go%20language",
	"http://www.google.com/a%20b?q=c+d",
	"http:www.google.com/?q=go+language",
	"http:%2f%2fwww.google.com/?q=go+language",
	"mailto:/webmaster@golang.org",
	"mailto:webmaster@golang.org",
	"/foo?query=http://bad",
	"//foo",
	"//user@foo/path?a=b",
	"///threeslashes",
	"http://user:password@google.com",
	"http://j@ne:password@google.com",
	"http://jane:p@ssword@google.com",
	"http://j@ne:password@google.com/p@th?q=@go",
	"http://www.google.com/?q=go+language#foo",
	"http://www.google.com/?q=go+language#foo&bar",
	"http://www.google.com/?q=go+language#foo%26bar",
	"file:///home/adg/rabbits",
	"file:///C:/FooBar/Baz.txt",
	"MaIlTo:webmaster@golang.org",
	"a/b/c",
	"http://%3Fam:pa%3Fsword@google.com",
	"http://192.168.0.1/",
	"http://192.168.0.1:8080/",
	"http://[fe80::1]/",
	"http://[fe80::1]:8080/",
	"http://[fe80::1%25en0]/",
	"http://[fe80::1%25en0]:8080/",
	"http://[fe80::1%25%65%6e%301-._~]/",
	"http://[fe80::1%25%65%6e%301-._~]:8080/",
	"http://[fe80::1%25%20x]/",
	"http://[fe80::1%25%2F]/",
	"http://[fe80::1%25%41]/",
	"http://rest.rsc.io:8080/x%2Fy",
	"http://host/!$&'()*+,;=:@[]",
	"http://example.com/oid/[order_id]",
	"http://192.168.0.2:8080/foo",
	"http://192.168.0.2:/foo",
	"http://2b01:e34:ef40:7730:8e70:5aff:fefe:edac:8080/foo",
	"http://2b01:e34:ef40:7730:8e70:5aff:fefe:edac:/foo",
	"http://[2b01:e34:ef40:7730:8e70:5aff:fefe:edac]:8080/foo",
	"http://[2b01:e34:ef40:7730:8e70:5aff:fefe:edac]:/foo",
	"http://hello.世界.com/foo",
	"http://hello.%e4%b8%96%e7%95%8c.com/foo",
	"http://hello.%E4%B8%96%E7%95%8C.com/foo",
	"http://example.com//foo",
	"myscheme://authority<\"hi\">/foo",
	"tcp://[2020::2020:20:2020:2020%25Windows%20Loves%20Spaces]:2020",
	"magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn",
	"mailto:?subject=hi",
	"http://a/b/c/d;p?q",
	"http://a/%2e%2e/b",
	"http://a/b%2fc",
	"http://a/b%2Fc?x%2Fy#z%2Fw",
	"http://a/%7e%41",
	"http://a/a b",
	"http://a/p#a b",
	"http://a/p#!$&'()*+,;=:@/?",
	"http://a/p#%21%40",
	"http://a/p#%zz",
	"http://a/p#%",
	"http://a/p?x#",
	"http://a/p?#",
	"http://a/p??x",
	"http://a/p?x?",
	"?",
	"?x",
	"#",
	"#x",
	"?#",
	"a?b#c",
	"./a:b",
	"a:b",
	"/a:b",
	"a/b:c",
	"1a:b",
	"+a:b",
	"a+b.c-d:e",
	":foo",
	"::",
	"http://a:b:c/",
	"http://a:80:90/",
	"http://a:8x/",
	"http://[::1]x/",
	"http://[::1]:8x/",
	"http://[::1/",
	"http://]/",
	"http://a]:80/",
	"http://a%zz/",
	"http://a%41/",
	"http://a%c3%a9/",
	"http://a b/",
	"http://a{/",
	"http://a<>\"/",
	"http://%25/",
	"http://[::1%25%zz]/",
	"http://[::1%25%0a]/",
	"http://[::1%25\n]/",
	"http://a/b\x7f",
	"http://a/\x00",
	"http://a/\tb",
	"http://a/%00",
	"http://a/%",
	"http://a/%4",
	"http://a/%4g",
	"http://user%zz@a/",
	"http://user:pass%zz@a/",
	"http://us er@a/",
	"http://us\"er@a/",
	"http://usé@a/",
	"http://u%40v:p%3Aw@a/",
	"http://:@a/",
	"http://@a/",
	"http://:p@a/",
	"http://a@b@c/",
	"http://%41@a/",
	"http://a/b/../c/./d",
	"http:///",
	"http://",
	"http:",
	"http:/",
	"http:?q",
	"http:#f",
	"http://x?q",
	"http://x#f",
	"HTTP://X.COM/Y",
	"javascript:alert(1)",
	"urn:isbn:0451450523",
	"data:text/plain;base64,SGVsbG8=",
	"foo://example.com:8042/over/there?name=ferret#nose",
	"foo://example.com:8042/over/there?name=ferret&a=1&a=2&b=%zz;x#nose",
	"https://user:secret@example.com:443/p?q=1#f",
	"https://user:@example.com/",
	"//[::1]:80",
	"//a:b@c",
	"/%2F%2f",
	"/*",
	"é",
	"%e9",
	"%",
	"/a?%zz",
	"/a?a=1;b=2",
}

func main() {
	fmt.Println("== Parse")
	for _, s := range parseTests {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%q: error %s\n", s, errInfo(err))
			continue
		}
		fmt.Printf("%q:\n", s)
		describe(u)
	}

	fmt.Println("== ParseRequestURI")
	for _, s := range []string{"", "*", "/", "/a/b?c=d", "/a/b?c=d#e", "a/b", "//a/b", "///a", "http://a/b", "http:opaque?q",
		"mailto:x@y", "?q", "#f", "/%zz", "/a b", "/a\x01", "http://a%zz/", "//a%zz/b", "/a:b", "a:b"} {
		u, err := url.ParseRequestURI(s)
		if err != nil {
			fmt.Printf("%q: error %s\n", s, errInfo(err))
			continue
		}
		fmt.Printf("%q:\n", s)
		describe(u)
	}

	fmt.Println("== RFC 3986 §5.4 reference resolution")
	base, _ := url.Parse("http://a/b/c/d;p?q")
	for _, ref := range []string{
		// §5.4.1 normal examples
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
		"../g", "../..", "../../", "../../g",
		// §5.4.2 abnormal examples
		"../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y",
		"g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g",
		// more
		"?", "#", "?#", "//g/../x", "//g/a/./b/..", "http://other/../a", "mailto:x", "a/%2e%2e/b", "%2e%2e", "g%2fh/../i",
		"../a b", "/..", "/.", "/a/..", "/a/.", "//u:p@h", "///x",
	} {
		u, err := base.Parse(ref)
		if err != nil {
			fmt.Printf("%q: error %s\n", ref, errInfo(err))
			continue
		}
		r, _ := url.Parse(ref)
		v := base.ResolveReference(r)
		fmt.Printf("%q -> %q (%s) same=%v\n", ref, u.String(), fields(u), v.String() == u.String())
	}
	for _, c := range [][2]string{
		{"http://a/b/c", "d"}, {"http://a", "b"}, {"http://a", "../b"}, {"http://a/", "."}, {"http://a/b/", ".."},
		{"http://a/b?q#f", ""}, {"http://a/b?q#f", "#g"}, {"http://a/b?q#f", "?"}, {"http://a/b?q#%7e", ""},
		{"http://u:p@a/b", "c"}, {"http://a/b%2fc/d", "e"}, {"http://a/b%2fc/d", "../e"}, {"mailto:x@y", "z"},
		{"http:///b/c", "d"}, {"x:/b/c", "d"}, {"/b/c", "d"}, {"b/c", "d"}, {"", "d"}, {"", ""}, {"http://a/b/c", "http:d"},
		{"http://a/*", "b"}, {"http://a/b", "*"}, {"http://a/b/c/", "../../../../x/./y/."},
	} {
		b, err := url.Parse(c[0])
		if err != nil {
			fmt.Println("base error:", err)
			continue
		}
		u, err := b.Parse(c[1])
		if err != nil {
			fmt.Printf("%q + %q: error %s\n", c[0], c[1], errInfo(err))
			continue
		}
		fmt.Printf("%q + %q -> %q (%s)\n", c[0], c[1], u.String(), fields(u))
	}

	fmt.Println("== escaping every byte")
	modes := []struct {
		name string
		f    func(string) string
	}{
		{"QueryEscape", url.QueryEscape},
		{"PathEscape", url.PathEscape},
		{"Path", func(s string) string { return (&url.URL{Path: "/" + s}).String() }},
		{"RelPath", func(s string) string { return (&url.URL{Path: s}).String() }},
		{"Fragment", func(s string) string { return (&url.URL{Fragment: s}).String() }},
		{"User", func(s string) string { return url.User(s).String() }},
		{"Password", func(s string) string { return url.UserPassword("u", s).String() }},
		{"Host", func(s string) string { return (&url.URL{Scheme: "h", Host: s}).String() }},
		{"Query", func(s string) string { return url.Values{s: {s}}.Encode() }},
	}
	for _, m := range modes {
		var kept, escaped strings.Builder
		for c := 0; c < 256; c++ {
			s := string([]byte{byte(c)})
			e := m.f(s)
			if strings.Contains(e, s) {
				kept.WriteString(s)
			} else {
				escaped.WriteString(s)
			}
			if c < 0x30 || c >= 0x7b && c < 0x82 || c == 0xff {
				fmt.Printf("%s(%q) = %q\n", m.name, s, e)
			}
		}
		fmt.Printf("%s keeps %q\n", m.name, kept.String())
		all := m.f(escaped.String())
		fmt.Printf("%s of the rest: %d bytes, %s\n", m.name, len(all), hash(all))
	}

	fmt.Println("== unescaping every escape")
	for c := 0; c < 256; c++ {
		for _, x := range []string{fmt.Sprintf("%%%02x", c), fmt.Sprintf("%%%02X", c)} {
			q, err1 := url.QueryUnescape(x + "+")
			p, err2 := url.PathUnescape(x + "+")
			line := fmt.Sprintf("%s: query %q %v path %q %v", x, q, err1, p, err2)
			if u, err := url.Parse("http://a" + x + "b/"); err != nil {
				line += " host error " + err.Error()
			} else {
				line += fmt.Sprintf(" host %q %q", u.Host, u.String())
			}
			if u, err := url.Parse("http://[::1%25" + x + "]/"); err != nil {
				line += " zone error " + err.Error()
			} else {
				line += fmt.Sprintf(" zone %q %q", u.Host, u.String())
			}
			if u, err := url.Parse("http://a/" + x + "?" + x + "#" + x); err != nil {
				line += " error " + err.Error()
			} else {
				line += fmt.Sprintf(" path %q %q frag %q %q %q", u.Path, u.RawPath, u.Fragment, u.RawFragment, u.String())
			}
			if c&15 == 0 || c < 0x80 {
				fmt.Println(line)
			}
		}
	}
	for c := 0; c < 256; c++ {
		s := string([]byte{byte(c)})
		_, err1 := url.Parse("http://a" + s + "b/")
		_, err2 := url.Parse("http://[::1%25a" + s + "]/")
		_, err3 := url.Parse("http://u" + s + "@a/")
		if c < 0x80 {
			fmt.Printf("%q: host %v, zone %v, user %v\n", s, err1, err2, err3)
		}
	}
	for _, s := range []string{"", "%", "%4", "%g1", "%1g", "a%zzb", "%%41", "%41%", "+%2B+", "%2b", "a+b%20c", "%e4%b8%96", "%E4%B8%96", "%zz%41"} {
		q, err1 := url.QueryUnescape(s)
		p, err2 := url.PathUnescape(s)
		fmt.Printf("%q: query %q %v path %q %v\n", s, q, err1, p, err2)
	}

	fmt.Println("== queries")
	for _, q := range []string{"", "a=1", "a=1&b=2", "a=1&a=2&a", "a", "&", "&&a=1&&", "=", "=x", "a==b", "a=1;b=2", "a=%zz&b=2", "a=%zz&b;c&d=1",
		"b;c&a=%zz", "x=%41%42+%2B&y+z=%20", "a=1&b=%x&c=3", "%zz=1", "a=b=c", "é=ü&%C3%A9=2", "a[]=1&a[]=2", "q=go+language&q=golang"} {
		v, err := url.ParseQuery(q)
		fmt.Printf("%q: %v err=%v encode=%q len=%d\n", q, v, err, v.Encode(), len(v))
		u := &url.URL{RawQuery: q}
		fmt.Printf("   Query()=%v\n", u.Query())
	}
	v := url.Values{}
	v.Set("name", "Ava")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah")
	v.Add("friend", "Zoe")
	v.Add("z z", "a&b=c/d?e")
	v.Add("", "empty key")
	v["none"] = nil
	v["emptylist"] = []string{}
	fmt.Println(v.Encode())
	fmt.Println(v.Get("name"), v.Get("friend"), v.Get("missing") == "", v.Has("friend"), v.Has("none"), v.Has("missing"), v["friend"])
	v.Set("friend", "Only")
	v.Del("name")
	v.Del("missing")
	fmt.Println(v.Encode(), v.Has("name"))
	var nilv url.Values
	fmt.Printf("%q %q %v\n", nilv.Encode(), nilv.Get("a"), nilv.Has("a"))
	nilv.Del("a")

	fmt.Println("== Userinfo")
	for _, u := range []*url.Userinfo{url.User(""), url.User("bob"), url.User("a b@c:d/e?f"), url.UserPassword("", ""), url.UserPassword("bob", "s3cr:t@/?#%"), nil} {
		fmt.Println(userText(u))
	}
	for _, s := range []string{"http://bob:secret@a/", "http://bob@a/", "http://bob:@a/", "http://a/", "http://:x@a/"} {
		u, _ := url.Parse(s)
		fmt.Printf("%q redacted %q\n", s, u.Redacted())
	}
	var nilURL *url.URL
	fmt.Printf("nil Redacted %q\n", nilURL.Redacted())

	fmt.Println("== URL values built by hand")
	for _, u := range []*url.URL{
		{},
		{Scheme: "http"},
		{Scheme: "http", Host: "a"},
		{Scheme: "http", Path: "/a"},
		{Scheme: "http", Path: "a"},
		{Scheme: "http", Path: "/a", OmitHost: true},
		{Scheme: "http", Host: "a", Path: "/b", OmitHost: true},
		{Scheme: "http", User: url.User("u"), OmitHost: true},
		{Host: "a", Path: "b"},
		{Path: "a:b"},
		{Path: "a:b/c"},
		{Path: "a/b:c"},
		{Path: "//a"},
		{Path: "*"},
		{Path: "/a b", RawPath: "/a%20b"},
		{Path: "/a/b", RawPath: "/a%2Fb"},
		{Path: "/a/b", RawPath: "/a%2fb"},
		{Path: "/a/b", RawPath: "/a%2fc"},
		{Path: "/a b", RawPath: "/a b"},
		{Path: "/a!b", RawPath: "/a!b"},
		{Path: "/a!b", RawPath: "/a%21b"},
		{Path: "/a?b", RawPath: "/a?b"},
		{Path: "/a", RawPath: "/a%zz"},
		{Fragment: "a b", RawFragment: "a%20b"},
		{Fragment: "a b", RawFragment: "a+b"},
		{Fragment: "a/b", RawFragment: "a%2fb"},
		{Fragment: "a#b"},
		{Scheme: "x", Opaque: "o", Host: "ignored", Path: "ignored", RawQuery: "q", Fragment: "f"},
		{Scheme: "x", Opaque: "//o"},
		{Opaque: "o"},
		{ForceQuery: true},
		{Host: "é.com", Path: "/é"},
		{Host: "a b"},
		{Host: "[::1%en0]:80"},
		{Scheme: "HTTP", Host: "A"},
	} {
		describe(u)
		b, err := u.MarshalBinary()
		var back url.URL
		err2 := back.UnmarshalBinary(b)
		fmt.Printf("    MarshalBinary %q %v; back %q %v\n", b, err, back.String(), err2)
	}
	var bad url.URL
	fmt.Println("UnmarshalBinary error:", bad.UnmarshalBinary([]byte("http://a%zz/")))

	fmt.Println("== Hostname and Port")
	for _, h := range []string{"", "a", "a:", "a:80", "a:8x", ":80", "[::1]", "[::1]:80", "[::1]:", "[::1]x", "::1", "1:2:3", "a:80:90", "[a]:b", "[]", "[x"} {
		u := &url.URL{Host: h}
		fmt.Printf("%q: %q %q\n", h, u.Hostname(), u.Port())
	}

	fmt.Println("== JoinPath")
	for _, c := range [][]string{
		{"https://go.dev", "help"}, {"https://go.dev/", "help/", "faq"}, {"https://go.dev/a/b", "../c", "./d/"},
		{"https://go.dev/a", "../../../x"}, {"https://go.dev"}, {"https://go.dev/x/", "", ""}, {"", "a"}, {"", ""}, {""},
		{"x", "../../a"}, {"x", ".."}, {"x", "../"}, {"a/b/c", "../.."}, {"/a", "b%2fc", "d e"}, {"https://go.dev/%2f", "%41"},
		{"https://go.dev/a b", "c"}, {"http://a%zz/", "b"}, {"mailto:x", "y"}, {"https://go.dev?q=1#f", "p"},
	} {
		s, err := url.JoinPath(c[0], c[1:]...)
		if err != nil {
			fmt.Printf("%q: error %s\n", c, errInfo(err))
			continue
		}
		u, _ := url.Parse(c[0])
		j := u.JoinPath(c[1:]...)
		fmt.Printf("%q: %q (%s)\n", c, s, fields(j))
	}

	fmt.Println("== errors")
	e1 := url.EscapeError("%zz")
	e2 := url.InvalidHostError(" ")
	fmt.Println(e1.Error(), "|", e2.Error(), "|", url.EscapeError("\x00é").Error(), "|", url.InvalidHostError("\"").Error())
	ue := &url.Error{Op: "get", URL: "http://x/\"y\"", Err: errors.New("boom")}
	fmt.Println(ue.Error(), ue.Timeout(), ue.Temporary(), errors.Unwrap(ue))
	te := &url.Error{Op: "dial", URL: "u", Err: tempErr{}}
	fmt.Println(te.Error(), te.Timeout(), te.Temporary())
	_, err := url.Parse("http://a%zz/")
	var ee url.EscapeError
	var he url.InvalidHostError
	fmt.Println(errors.As(err, &ee), ee, errors.As(err, &he))
	_, err = url.Parse("http://a b/")
	fmt.Println(errors.As(err, &he), he, errors.Is(err, url.InvalidHostError(" ")))
	_, err = url.QueryUnescape("%")
	fmt.Printf("%v %q\n", err, err)
}

type tempErr struct{}

func (tempErr) Error() string   { return "temporary trouble" }
func (tempErr) Timeout() bool   { return true }
func (tempErr) Temporary() bool { return true }

func hash(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())
}
