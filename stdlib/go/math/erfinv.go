package math

// Coefficients of the rational approximations (Wichura's algorithm AS 241,
// rescaled for the inverse error function).
const (
	eiA0 = 1.1975323115670913
	eiA1 = 47.07268811238398
	eiA2 = 697.062665343896
	eiA3 = 4854.886889384388
	eiA4 = 16235.862515167575
	eiA5 = 23782.041382114385
	eiA6 = 11819.493347062295
	eiA7 = 887.0940696254552
	eiB0 = 1
	eiB1 = 42.31333070160091
	eiB2 = 687.1870074920579
	eiB3 = 5394.196021424751
	eiB4 = 21213.794301586597
	eiB5 = 39307.89580009271
	eiB6 = 28729.085735721943
	eiB7 = 5226.495278852854
	eiC0 = 1.4234371107496835
	eiC1 = 4.630337846156546
	eiC2 = 5.769497221460691
	eiC3 = 3.6478483247632045
	eiC4 = 1.2704582524523684
	eiC5 = 0.2417807251774506
	eiC6 = 0.022723844989269184
	eiC7 = 0.0007745450142783414
	eiD0 = 1.4142135623730951
	eiD1 = 2.9036514445419948
	eiD2 = 2.3707661626024534
	eiD3 = 0.9754783200178743
	eiD4 = 0.2094506521051275
	eiD5 = 0.021494160384252878
	eiD6 = 0.0007744145906515771
	eiD7 = 1.4859850019840355e-09
	eiE0 = 6.657904643501103
	eiE1 = 5.463784911164114
	eiE2 = 1.7848265399172913
	eiE3 = 0.29656057182850487
	eiE4 = 0.026532189526576124
	eiE5 = 0.0012426609473880784
	eiE6 = 2.7115555687434876e-05
	eiE7 = 2.0103343992922881e-07
	eiF0 = 1.4142135623730951
	eiF1 = 0.8482908416595164
	eiF2 = 0.19364809469506591
	eiF3 = 0.02103693768272069
	eiF4 = 0.0011128009970788597
	eiF5 = 2.6110884050805935e-05
	eiF6 = 2.010321207683943e-07
	eiF7 = 2.8910246058729655e-15
)

// Erfinv returns the inverse error function of x.
//
// Special cases are:
//
//	Erfinv(1) = +Inf
//	Erfinv(-1) = -Inf
//	Erfinv(x) = NaN if x < -1 or x > 1
//	Erfinv(NaN) = NaN
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var ans float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		num := (((((((eiA7*r+eiA6)*r+eiA5)*r+eiA4)*r+eiA3)*r+eiA2)*r+eiA1)*r + eiA0)
		den := (((((((eiB7*r+eiB6)*r+eiB5)*r+eiB4)*r+eiB3)*r+eiB2)*r+eiB1)*r + eiB0)
		ans = (x * num) / den
	} else {
		var num, den float64
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			num = (((((((eiC7*r+eiC6)*r+eiC5)*r+eiC4)*r+eiC3)*r+eiC2)*r+eiC1)*r + eiC0)
			den = (((((((eiD7*r+eiD6)*r+eiD5)*r+eiD4)*r+eiD3)*r+eiD2)*r+eiD1)*r + eiD0)
		} else {
			r -= 5.0
			num = (((((((eiE7*r+eiE6)*r+eiE5)*r+eiE4)*r+eiE3)*r+eiE2)*r+eiE1)*r + eiE0)
			den = (((((((eiF7*r+eiF6)*r+eiF5)*r+eiF4)*r+eiF3)*r+eiF2)*r+eiF1)*r + eiF0)
		}
		ans = num / den
	}
	if neg {
		return -ans
	}
	return ans
}

// Erfcinv returns the inverse of Erfc(x).
//
// Special cases are:
//
//	Erfcinv(0) = +Inf
//	Erfcinv(2) = -Inf
//	Erfcinv(x) = NaN if x < 0 or x > 2
//	Erfcinv(NaN) = NaN
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
