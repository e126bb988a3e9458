; id: rose-warp-implies-sarp-2goods-4obs
; family: consumer
; statement: For 4 observations of a consumer's choices among 2 goods at positive prices (bundle x^k chosen at prices p^k, wealth p^k.x^k), if every pair of observations satisfies the weak axiom of revealed preference then the data satisfy the strong axiom: no cycle of direct revealed preference (of any length from 3 to 4) passes through two different bundles.
; source: H. Rose, Consistency of preference: the two-commodity case, Review of Economic Studies 25 (1958); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Sec. 3.J
; tier: full
; expected: proved
; prelude: consumer-revealed-preference
; encoding: prices pkj and bundles xkj (observation k, good j) are reals; x^a R x^b means p^a.x^b <= p^a.x^a; WARP for a pair excludes x^a R x^b and x^b R x^a with x^a different from x^b; the negation asserts WARP for all 6 pairs and a disjunction over the 14 directed cycles of length 3 to 4, each a chain of direct revealed preferences with two consecutive bundles different.
(declare-const p11 Real) (declare-const p12 Real) (declare-const x11 Real) (declare-const x12 Real)
(declare-const p21 Real) (declare-const p22 Real) (declare-const x21 Real) (declare-const x22 Real)
(declare-const p31 Real) (declare-const p32 Real) (declare-const x31 Real) (declare-const x32 Real)
(declare-const p41 Real) (declare-const p42 Real) (declare-const x41 Real) (declare-const x42 Real)
(assert (and (> p11 0.0) (> p12 0.0) (> p21 0.0) (> p22 0.0) (> p31 0.0) (> p32 0.0) (> p41 0.0) (> p42 0.0)))
(assert (and (>= x11 0.0) (>= x12 0.0) (>= x21 0.0) (>= x22 0.0) (>= x31 0.0) (>= x32 0.0) (>= x41 0.0) (>= x42 0.0)))
; R<a><b> = x^a is directly revealed preferred to x^b; D<a><b> = the bundles differ
(define-fun R12 () Bool (rp2 p11 p12 x11 x12 x21 x22))
(define-fun R13 () Bool (rp2 p11 p12 x11 x12 x31 x32))
(define-fun R14 () Bool (rp2 p11 p12 x11 x12 x41 x42))
(define-fun R21 () Bool (rp2 p21 p22 x21 x22 x11 x12))
(define-fun R23 () Bool (rp2 p21 p22 x21 x22 x31 x32))
(define-fun R24 () Bool (rp2 p21 p22 x21 x22 x41 x42))
(define-fun R31 () Bool (rp2 p31 p32 x31 x32 x11 x12))
(define-fun R32 () Bool (rp2 p31 p32 x31 x32 x21 x22))
(define-fun R34 () Bool (rp2 p31 p32 x31 x32 x41 x42))
(define-fun R41 () Bool (rp2 p41 p42 x41 x42 x11 x12))
(define-fun R42 () Bool (rp2 p41 p42 x41 x42 x21 x22))
(define-fun R43 () Bool (rp2 p41 p42 x41 x42 x31 x32))
(define-fun D12 () Bool (neq2 x11 x12 x21 x22))
(define-fun D13 () Bool (neq2 x11 x12 x31 x32))
(define-fun D14 () Bool (neq2 x11 x12 x41 x42))
(define-fun D23 () Bool (neq2 x21 x22 x31 x32))
(define-fun D24 () Bool (neq2 x21 x22 x41 x42))
(define-fun D34 () Bool (neq2 x31 x32 x41 x42))
; WARP for each pair of observations
(assert (not (and R12 R21 D12)))
(assert (not (and R13 R31 D13)))
(assert (not (and R14 R41 D14)))
(assert (not (and R23 R32 D23)))
(assert (not (and R24 R42 D24)))
(assert (not (and R34 R43 D34)))
; (negation of SARP) some revealed-preference cycle passes through two different bundles
(assert (or (and R12 R23 R31 (or D12 D23 D13))
            (and R13 R32 R21 (or D13 D23 D12))
            (and R12 R24 R41 (or D12 D24 D14))
            (and R14 R42 R21 (or D14 D24 D12))
            (and R13 R34 R41 (or D13 D34 D14))
            (and R14 R43 R31 (or D14 D34 D13))
            (and R23 R34 R42 (or D23 D34 D24))
            (and R24 R43 R32 (or D24 D34 D23))
            (and R12 R23 R34 R41 (or D12 D23 D34 D14))
            (and R12 R24 R43 R31 (or D12 D24 D34 D13))
            (and R13 R32 R24 R41 (or D13 D23 D24 D14))
            (and R13 R34 R42 R21 (or D13 D34 D24 D12))
            (and R14 R42 R23 R31 (or D14 D24 D23 D13))
            (and R14 R43 R32 R21 (or D14 D34 D23 D12))))
