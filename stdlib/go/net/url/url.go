// Package url parses URLs and implements query escaping (goro's version of
// Go's net/url package: same API, same results and error texts).
package url

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string { return fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err) }

type timeouter interface {
	Timeout() bool
}

type temporaryer interface {
	Temporary() bool
}

func (e *Error) Timeout() bool {
	t, ok := e.Err.(timeouter)
	return ok && t.Timeout()
}

func (e *Error) Temporary() bool {
	t, ok := e.Err.(temporaryer)
	return ok && t.Temporary()
}

// EscapeError reports a malformed %-escape: the '%' and up to two bytes after it.
type EscapeError string

func (e EscapeError) Error() string {
	return "invalid URL escape " + strconv.Quote(string(e))
}

// InvalidHostError reports a byte that may not appear in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// The parts of a URL, for escaping and unescaping: each allows a different
// set of bytes unescaped.
const (
	encodePath = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// shouldEscape reports whether byte c must be %-escaped in the part of a URL
// that mode names (RFC 3986, with Go's departures from it).
func shouldEscape(c byte, mode int) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		// The sub-delims, ':' and the brackets of IP literals, plus the
		// '<', '>' and '"' that some hosts hold.
		return strings.IndexByte(`!$&'()*+,;=:[]<>"`, c) < 0
	}
	if strings.IndexByte("$&+,/:;=?@", c) >= 0 {
		switch mode {
		case encodePath:
			return c == '?'
		case encodePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case encodeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case encodeQueryComponent:
			return true
		case encodeFragment:
			return false
		}
	}
	if mode == encodeFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
}

const upperHex = "0123456789ABCDEF"

// escape %-escapes the bytes of s that mode requires (a space becomes '+' in
// a query component).
func escape(s string, mode int) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if shouldEscape(s[i], mode) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !shouldEscape(c, mode):
			b = append(b, c)
		case c == ' ' && mode == encodeQueryComponent:
			b = append(b, '+')
		default:
			b = append(b, '%', upperHex[c>>4], upperHex[c&15])
		}
	}
	return string(b)
}

// unescape decodes the %XX escapes of s (and '+' as a space in a query
// component). In a host only non-ASCII bytes and "%25" may be escaped, and
// bytes that are not allowed there are errors; in the zone of an IPv6
// literal an escape may give only what could appear unescaped, or a space.
func unescape(s string, mode int) (string, error) {
	escapes := 0
	plus := false
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '%':
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				bad := s[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(bad)
			}
			esc := s[i : i+3]
			v := hexValue(s[i+1])<<4 | hexValue(s[i+2])
			if mode == encodeHost && v < 0x80 && esc != "%25" {
				return "", EscapeError(esc)
			}
			if mode == encodeZone && esc != "%25" && v != ' ' && shouldEscape(v, encodeHost) {
				return "", EscapeError(esc)
			}
			escapes++
			i += 3
		case c == '+':
			plus = mode == encodeQueryComponent
			i++
		default:
			if (mode == encodeHost || mode == encodeZone) && c < 0x80 && shouldEscape(c, mode) {
				return "", InvalidHostError(s[i : i+1])
			}
			i++
		}
	}
	if escapes == 0 && !plus {
		return s, nil
	}
	b := make([]byte, 0, len(s)-2*escapes)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			b = append(b, hexValue(s[i+1])<<4|hexValue(s[i+2]))
			i += 2
		case c == '+' && mode == encodeQueryComponent:
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

// QueryUnescape does the inverse transformation of QueryEscape, converting
// each 3-byte encoded substring of the form "%AB" into the hex-decoded byte
// 0xAB. It returns an error if any % is not followed by two hexadecimal
// digits.
func QueryUnescape(s string) (string, error) {
	return unescape(s, encodeQueryComponent)
}

// PathUnescape does the inverse transformation of PathEscape, converting
// each 3-byte encoded substring of the form "%AB" into the hex-decoded byte
// 0xAB. It returns an error if any % is not followed by two hexadecimal
// digits.
//
// PathUnescape is identical to QueryUnescape except that it does not
// unescape '+' to ' ' (space).
func PathUnescape(s string) (string, error) {
	return unescape(s, encodePathSegment)
}

// QueryEscape escapes the string so it can be safely placed inside a URL
// query.
func QueryEscape(s string) string {
	return escape(s, encodeQueryComponent)
}

// PathEscape escapes the string so it can be safely placed inside a URL path
// segment, replacing special characters (including /) with %XX sequences as
// needed.
func PathEscape(s string) string {
	return escape(s, encodePathSegment)
}

// A URL represents a parsed URL (technically, a URI reference).
//
// The general form represented is:
//
//	[scheme:][//[userinfo@]host][/]path[?query][#fragment]
//
// URLs that do not start with a slash after the scheme are interpreted as:
//
//	scheme:opaque[?query][#fragment]
//
// Note that the Path field is stored in decoded form: /%47%6f%2f becomes
// /Go/. RawPath, an optional field, is set only where the default encoding
// of Path differs from the original. String uses EscapedPath.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password information
	Host        string    // host or host:port
	Path        string    // path (relative paths may omit leading slash)
	RawPath     string    // encoded path hint (see EscapedPath method)
	OmitHost    bool      // do not emit empty host (authority)
	ForceQuery  bool      // append a query ('?') even if RawQuery is empty
	RawQuery    string    // encoded query values, without '?'
	Fragment    string    // fragment for references, without '#'
	RawFragment string    // encoded fragment hint (see EscapedFragment method)
}

// User returns a Userinfo containing the provided username and no password
// set.
func User(username string) *Userinfo {
	return &Userinfo{username, "", false}
}

// UserPassword returns a Userinfo containing the provided username and
// password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

// The Userinfo type is an immutable encapsulation of username and password
// details for a URL. An existing Userinfo value is guaranteed to have a
// username set (potentially empty, as allowed by RFC 2396), and optionally
// a password.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// Username returns the username.
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password in case it is set, and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded userinfo information in the standard form of
// "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// splitScheme splits "scheme:rest". A URL has a scheme only if it starts
// with a letter followed by letters, digits, '+', '-' and '.' up to a ':';
// a ':' first is an error.
func splitScheme(raw string) (scheme, rest string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse parses a raw url into a URL structure.
//
// The url may be relative (a path, without a host) or absolute (starting
// with a scheme). Trying to parse a hostname and path without a scheme is
// invalid but may not necessarily return an error, due to parsing
// ambiguities.
func Parse(rawURL string) (*URL, error) {
	u, frag, _ := strings.Cut(rawURL, "#")
	url, err := parse(u, false)
	if err != nil {
		return nil, &Error{"parse", u, err}
	}
	if frag == "" {
		return url, nil
	}
	if err = url.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// ParseRequestURI parses a raw url into a URL structure. It assumes that url
// was received in an HTTP request, so the url is interpreted only as an
// absolute URI or an absolute path. The string url is assumed not to have a
// #fragment suffix. (Web browsers strip #fragment before sending the URL to
// a web server.)
func ParseRequestURI(rawURL string) (*URL, error) {
	url, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

func hasControlByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// parse parses a URL without its fragment. viaRequest: only an absolute URI
// or an absolute path (the target of an HTTP request) is accepted.
func parse(raw string, viaRequest bool) (*URL, error) {
	if hasControlByte(raw) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if raw == "" && viaRequest {
		return nil, errors.New("empty url")
	}
	url := new(URL)
	if raw == "*" {
		url.Path = "*"
		return url, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	url.Scheme = strings.ToLower(scheme)

	if strings.HasSuffix(rest, "?") && strings.IndexByte(rest, '?') == len(rest)-1 {
		url.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, url.RawQuery, _ = strings.Cut(rest, "?")
	}

	if !strings.HasPrefix(rest, "/") {
		if url.Scheme != "" {
			// A rootless path after a scheme is opaque.
			url.Opaque = rest
			return url, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		// A relative reference's first segment may not hold a colon
		// (RFC 3986 §3.3): it would read as a scheme.
		first, _, _ := strings.Cut(rest, "/")
		if strings.IndexByte(first, ':') >= 0 {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}

	hasAuthority := strings.HasPrefix(rest, "//") &&
		(url.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///"))
	if hasAuthority {
		authority := rest[2:]
		rest = ""
		if i := strings.IndexByte(authority, '/'); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		url.User, url.Host, err = parseAuthority(authority)
		if err != nil {
			return nil, err
		}
	} else if url.Scheme != "" && strings.HasPrefix(rest, "/") {
		url.OmitHost = true
	}
	if err := url.setPath(rest); err != nil {
		return nil, err
	}
	return url, nil
}

func parseAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndexByte(authority, '@')
	host, err := parseHost(authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	if !validUserinfo(info) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	name, pass, hasPass := strings.Cut(info, ":")
	if name, err = unescape(name, encodeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPass {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, encodeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

// parseHost checks and unescapes the host[:port] of an authority. An IP
// literal in brackets may carry a zone ("%25" and then anything escaped)
// and is followed by nothing or a port.
func parseHost(host string) (string, error) {
	if strings.HasPrefix(host, "[") {
		end := strings.LastIndexByte(host, ']')
		if end < 0 {
			return "", errors.New("missing ']' in host")
		}
		if port := host[end+1:]; !validOptionalPort(port) {
			return "", errors.New("invalid port " + strconv.Quote(port) + " after host")
		}
		if zone := strings.Index(host[:end], "%25"); zone >= 0 {
			addr, err := unescape(host[:zone], encodeHost)
			if err != nil {
				return "", err
			}
			zoneID, err := unescape(host[zone:end], encodeZone)
			if err != nil {
				return "", err
			}
			tail, err := unescape(host[end:], encodeHost)
			if err != nil {
				return "", err
			}
			return addr + zoneID + tail, nil
		}
	} else if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		if port := host[colon:]; !validOptionalPort(port) {
			return "", errors.New("invalid port " + strconv.Quote(port) + " after host")
		}
	}
	return unescape(host, encodeHost)
}

// validOptionalPort reports whether port is empty or ':' and digits.
func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// validUserinfo reports whether s holds only the bytes RFC 3986 allows in
// userinfo (unreserved, sub-delims, ':' and escapes), or '@'.
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		if strings.IndexByte("-._:~!$&'()*+,;=%@", c) < 0 {
			return false
		}
	}
	return true
}

// setPath sets Path to p unescaped, and RawPath to p where p is not the
// default escaping of Path.
func (u *URL) setPath(p string) error {
	decoded, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path = decoded
	if escape(decoded, encodePath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// setFragment is setPath for the fragment.
func (u *URL) setFragment(f string) error {
	decoded, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment = decoded
	if escape(decoded, encodeFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

// validEncoded reports whether s could be an escaped path or fragment: every
// byte is one that mode leaves alone, a sub-delim, ':', '@', a bracket or '%'.
func validEncoded(s string, mode int) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("!$&'()*+,;=:@[]%", c) >= 0 {
			continue
		}
		if shouldEscape(c, mode) {
			return false
		}
	}
	return true
}

// EscapedPath returns the escaped form of u.Path: u.RawPath when it is a
// valid escaping of u.Path, otherwise an escaping computed from u.Path.
// String and RequestURI use it.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		if p, err := unescape(u.RawPath, encodePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return escape(u.Path, encodePath)
}

// EscapedFragment returns the escaped form of u.Fragment: u.RawFragment when
// it is a valid escaping of u.Fragment, otherwise an escaping computed from
// u.Fragment. String uses it.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, encodeFragment) {
		if f, err := unescape(u.RawFragment, encodeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, encodeFragment)
}

// String reassembles the URL into a valid URL string. The general form of
// the result is one of:
//
//	scheme:opaque?query#fragment
//	scheme://userinfo@host/path?query#fragment
//
// If u.Opaque is non-empty, String uses the first form; otherwise it uses
// the second form. Any non-ASCII characters in host are escaped. To obtain
// the path, String uses u.EscapedPath().
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme)
		b.WriteByte(':')
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		if (u.Scheme != "" || u.Host != "" || u.User != nil) &&
			!(u.OmitHost && u.Host == "" && u.User == nil) {
			if u.Host != "" || u.Path != "" || u.User != nil {
				b.WriteString("//")
			}
			if u.User != nil {
				b.WriteString(u.User.String())
				b.WriteByte('@')
			}
			if u.Host != "" {
				b.WriteString(escape(u.Host, encodeHost))
			}
		}
		p := u.EscapedPath()
		if p != "" && p[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// A first segment with a colon would read as a scheme
			// (RFC 3986 §4.2): "./" keeps it a path.
			first, _, _ := strings.Cut(p, "/")
			if strings.IndexByte(first, ':') >= 0 {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.EscapedFragment())
	}
	return b.String()
}

// Redacted is like String but replaces any password with "xxxxx". Only the
// password in u.URL is redacted.
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	r := *u
	if _, has := r.User.Password(); has {
		r.User = UserPassword(r.User.Username(), "xxxxx")
	}
	return r.String()
}

// Values maps a string key to a list of values. It is typically used for
// query parameters and form values. Unlike in the http.Header map, the keys
// in a Values map are case-sensitive.
type Values map[string][]string

// Get gets the first value associated with the given key. If there are no
// values associated with the key, Get returns the empty string. To access
// multiple values, use the map directly.
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set sets the key to value. It replaces any existing values.
func (v Values) Set(key, value string) {
	v[key] = []string{value}
}

// Add adds the value to key. It appends to any existing values associated
// with key.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

// Del deletes the values associated with key.
func (v Values) Del(key string) {
	delete(v, key)
}

// Has checks whether a given key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses the URL-encoded query string and returns a map listing
// the values specified for each key. ParseQuery always returns a non-nil map
// containing all the valid query parameters found; err describes the first
// decoding error encountered, if any.
//
// Query is expected to be a list of key=value settings separated by
// ampersands. A setting without an equals sign is interpreted as a key set
// to an empty value. Settings containing a non-URL-encoded semicolon are
// considered invalid.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	err := parseQuery(m, query)
	return m, err
}

// parseQuery adds the settings of query to m. The error returned is the
// first unescaping error, except that a setting with a semicolon replaces
// whatever error came before it (as Go's does).
func parseQuery(m Values, query string) error {
	var err error
	for query != "" {
		var setting string
		setting, query, _ = strings.Cut(query, "&")
		if strings.IndexByte(setting, ';') >= 0 {
			err = errors.New("invalid semicolon separator in query")
			continue
		}
		if setting == "" {
			continue
		}
		key, value, _ := strings.Cut(setting, "=")
		key, err1 := QueryUnescape(key)
		if err1 == nil {
			value, err1 = QueryUnescape(value)
		}
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return err
}

// Encode encodes the values into “URL encoded” form ("bar=baz&foo=quux")
// sorted by key.
func (v Values) Encode() string {
	if v == nil {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}

// resolvePath merges the escaped path ref with base (RFC 3986 §5.2.3) and
// removes its dot segments (§5.2.4). The result is "" or starts with '/'.
func resolvePath(base, ref string) string {
	full := ref
	switch {
	case ref == "":
		full = base
	case ref[0] != '/':
		full = base[:strings.LastIndexByte(base, '/')+1] + ref
	}
	if full == "" {
		return ""
	}
	// out holds "/" and then the kept segments joined by '/'; the leading
	// '/' of full is left out of the segments (as if full always had one).
	out := make([]byte, 1, len(full)+1)
	out[0] = '/'
	empty := true // out holds no segment yet ("/" alone)
	segs := full
	var seg string
	more := true
	for more {
		seg, segs, more = strings.Cut(segs, "/")
		switch seg {
		case ".":
			empty = false
		case "..":
			j := strings.LastIndexByte(string(out[1:]), '/')
			if j < 0 {
				out = out[:1]
				empty = true
			} else {
				out = out[:1+j]
			}
		default:
			if !empty {
				out = append(out, '/')
			}
			out = append(out, seg...)
			empty = false
		}
	}
	if seg == "." || seg == ".." {
		out = append(out, '/')
	}
	r := string(out)
	if len(r) > 1 && r[1] == '/' {
		r = r[1:]
	}
	return r
}

// IsAbs reports whether the URL is absolute. Absolute means that it has a
// non-empty scheme.
func (u *URL) IsAbs() bool {
	return u.Scheme != ""
}

// Parse parses a URL in the context of the receiver. The provided URL may be
// relative or absolute. Parse returns nil, err on parse failure, otherwise
// its return value is the same as ResolveReference.
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves a URI reference to an absolute URI from an
// absolute base URI u, per RFC 3986 Section 5.2. The URI reference may be
// relative or absolute. ResolveReference always returns a new URL instance,
// even if the returned URL is identical to either the base or reference. If
// ref is an absolute URL, then ResolveReference ignores base and returns a
// copy of ref.
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		// An absolute URI or a network-path reference: only its own path,
		// with the dot segments removed. (setPath cannot fail on an
		// escaped path.)
		url.setPath(resolvePath(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User = nil
		url.Host = ""
		url.Path = ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment = u.Fragment
			url.RawFragment = u.RawFragment
		}
	}
	url.Host = u.Host
	url.User = u.User
	url.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// Query parses RawQuery and returns the corresponding values. It silently
// discards malformed value pairs. To check errors use ParseQuery.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI returns the encoded path?query or opaque?query string that
// would be used in an HTTP request for u.
func (u *URL) RequestURI() string {
	r := u.Opaque
	if r == "" {
		r = u.EscapedPath()
		if r == "" {
			r = "/"
		}
	} else if strings.HasPrefix(r, "//") {
		r = u.Scheme + ":" + r
	}
	if u.ForceQuery || u.RawQuery != "" {
		r += "?" + u.RawQuery
	}
	return r
}

// Hostname returns u.Host, stripping any valid port number if present.
//
// If the result is enclosed in square brackets, as literal IPv6 addresses
// are, the square brackets are removed from the result.
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

// Port returns the port part of u.Host, without the leading colon.
//
// If u.Host doesn't contain a valid numeric port, Port returns an empty
// string.
func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(host, ':'); colon >= 0 && validOptionalPort(host[colon:]) {
		host, port = host[:colon], host[colon+1:]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port
}

func (u *URL) MarshalBinary() (text []byte, err error) {
	return []byte(u.String()), nil
}

func (u *URL) UnmarshalBinary(text []byte) error {
	u1, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *u1
	return nil
}

// JoinPath returns a new URL with the provided path elements joined to any
// existing path and the resulting path cleaned of any ./ or ../ elements.
// Any sequences of multiple / characters will be reduced to a single /.
func (u *URL) JoinPath(elem ...string) *URL {
	all := make([]string, 0, len(elem)+1)
	all = append(all, u.EscapedPath())
	all = append(all, elem...)
	var p string
	if strings.HasPrefix(all[0], "/") {
		p = path.Join(all...)
	} else {
		// A relative path stays relative, but with its ".." elements
		// resolved as if it were rooted (none is left over).
		all[0] = "/" + all[0]
		p = path.Join(all...)[1:]
	}
	// path.Join drops a trailing slash; the last element's is kept.
	if strings.HasSuffix(all[len(all)-1], "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	url := *u
	url.setPath(p)
	return &url
}

// JoinPath returns a URL string with the provided path elements joined to
// the existing path of base and the resulting path cleaned of any ./ or ../
// elements.
func JoinPath(base string, elem ...string) (result string, err error) {
	url, err := Parse(base)
	if err != nil {
		return "", err
	}
	return url.JoinPath(elem...).String(), nil
}
