; id: cobb-douglas-slutsky-3goods
; family: consumer
; statement: For the Cobb-Douglas demand on 3 goods, x_l(p, w) = c_l w / p_l with shares c_l > 0 summing to 1, at any prices p >> 0 and wealth w > 0 the Slutsky matrix s_lk = dx_l/dp_k + x_k dx_l/dw is symmetric, satisfies S p = 0, and is negative semidefinite (v.S v <= 0 for every vector v).
; source: E. Slutsky, Sulla teoria del bilancio del consumatore, Giornale degli Economisti 51 (1915); Mas-Colell, Whinston & Green, Microeconomic Theory (1995), Props. 3.G.2 and 3.G.3, Example 3.D.1
; tier: full
; expected: proved
; prelude: consumer-revealed-preference
; encoding: shares, prices, wealth and a test vector v are reals; demands and derivatives enter by their closed forms without division (p_l x_l = c_l w, p_l dw_l = c_l for dx_l/dw, p_l dp_l = -x_l for dx_l/dp_l, cross-price derivatives zero); the negation asserts an asymmetric entry, a non-zero entry of S p, or v.S v > 0.
(declare-const c1 Real) (declare-const c2 Real) (declare-const c3 Real)
(declare-const p1 Real) (declare-const p2 Real) (declare-const p3 Real) (declare-const w Real)
(declare-const x1 Real) (declare-const x2 Real) (declare-const x3 Real)
; dw_l = dx_l/dw, dp_l = dx_l/dp_l
(declare-const dw1 Real) (declare-const dw2 Real) (declare-const dw3 Real)
(declare-const dp1 Real) (declare-const dp2 Real) (declare-const dp3 Real)
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real)
(assert (and (> c1 0.0) (> c2 0.0) (> c3 0.0) (= (+ c1 c2 c3) 1.0)))
(assert (and (> p1 0.0) (> p2 0.0) (> p3 0.0) (> w 0.0)))
; demand and its derivatives
(assert (and (= (* p1 x1) (* c1 w)) (= (* p2 x2) (* c2 w)) (= (* p3 x3) (* c3 w))))
(assert (and (= (* p1 dw1) c1) (= (* p2 dw2) c2) (= (* p3 dw3) c3)))
(assert (and (= (* p1 dp1) (- x1)) (= (* p2 dp2) (- x2)) (= (* p3 dp3) (- x3))))
; the Slutsky matrix (cross-price derivatives of Cobb-Douglas demand are zero)
(define-fun s11 () Real (+ dp1 (* x1 dw1)))
(define-fun s12 () Real (* x2 dw1))
(define-fun s13 () Real (* x3 dw1))
(define-fun s21 () Real (* x1 dw2))
(define-fun s22 () Real (+ dp2 (* x2 dw2)))
(define-fun s23 () Real (* x3 dw2))
(define-fun s31 () Real (* x1 dw3))
(define-fun s32 () Real (* x2 dw3))
(define-fun s33 () Real (+ dp3 (* x3 dw3)))
(define-fun quad () Real
  (+ (* v1 (+ (* s11 v1) (* s12 v2) (* s13 v3)))
     (* v2 (+ (* s21 v1) (* s22 v2) (* s23 v3)))
     (* v3 (+ (* s31 v1) (* s32 v2) (* s33 v3)))))
; (negation) asymmetry, S p different from 0, or a direction of positive curvature
(assert (or (not (= s12 s21)) (not (= s13 s31)) (not (= s23 s32))
            (not (= (cost3 p1 p2 p3 s11 s12 s13) 0.0))
            (not (= (cost3 p1 p2 p3 s21 s22 s23) 0.0))
            (not (= (cost3 p1 p2 p3 s31 s32 s33) 0.0))
            (> quad 0.0)))
