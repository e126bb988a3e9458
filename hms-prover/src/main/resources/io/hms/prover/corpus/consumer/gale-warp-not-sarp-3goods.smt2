; id: gale-warp-not-sarp-3goods
; family: consumer
; statement: For 3 observations of a consumer's choices among 3 goods at positive prices (bundle x^k chosen at prices p^k, wealth p^k.x^k), if every pair of observations satisfies the weak axiom of revealed preference then there is no revealed-preference cycle x^1 R x^2 R x^3 R x^1 with x^1 different from x^3.
; source: D. Gale, A note on revealed preference, Economica 27 (1960); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 3.J
; expected: refuted
; prelude: consumer-revealed-preference
; encoding: prices pkj and bundles xkj (observation k, good j) are reals; x^a R x^b means p^a.x^b <= p^a.x^a; WARP for a pair excludes x^a R x^b and x^b R x^a with x^a different from x^b; the negation asserts WARP for the 3 pairs and a 3-cycle of direct revealed preference with x^1 different from x^3, so a model is a data set satisfying WARP but not SARP.
(declare-const p11 Real) (declare-const p12 Real) (declare-const p13 Real) (declare-const x11 Real) (declare-const x12 Real) (declare-const x13 Real)
(declare-const p21 Real) (declare-const p22 Real) (declare-const p23 Real) (declare-const x21 Real) (declare-const x22 Real) (declare-const x23 Real)
(declare-const p31 Real) (declare-const p32 Real) (declare-const p33 Real) (declare-const x31 Real) (declare-const x32 Real) (declare-const x33 Real)
(assert (and (> p11 0.0) (> p12 0.0) (> p21 0.0) (> p22 0.0) (> p31 0.0) (> p32 0.0) (> p13 0.0) (> p23 0.0) (> p33 0.0)))
(assert (and (>= x11 0.0) (>= x12 0.0) (>= x21 0.0) (>= x22 0.0) (>= x31 0.0) (>= x32 0.0) (>= x13 0.0) (>= x23 0.0) (>= x33 0.0)))
; WARP for each pair of observations
(assert (not (and (rp3 p11 p12 p13 x11 x12 x13 x21 x22 x23) (rp3 p21 p22 p23 x21 x22 x23 x11 x12 x13) (neq3 x11 x12 x13 x21 x22 x23))))
(assert (not (and (rp3 p11 p12 p13 x11 x12 x13 x31 x32 x33) (rp3 p31 p32 p33 x31 x32 x33 x11 x12 x13) (neq3 x11 x12 x13 x31 x32 x33))))
(assert (not (and (rp3 p21 p22 p23 x21 x22 x23 x31 x32 x33) (rp3 p31 p32 p33 x31 x32 x33 x21 x22 x23) (neq3 x21 x22 x23 x31 x32 x33))))
; (negation of SARP) x^1 R x^2 R x^3 R x^1 and x^1 differs from x^3
(assert (rp3 p11 p12 p13 x11 x12 x13 x21 x22 x23))
(assert (rp3 p21 p22 p23 x21 x22 x23 x31 x32 x33))
(assert (rp3 p31 p32 p33 x31 x32 x33 x11 x12 x13))
(assert (neq3 x11 x12 x13 x31 x32 x33))
