; id: afriat-garp-data-rationalisable
; family: consumer
; statement: The data set of 4 observations of choices among 3 goods, x^1 = (3,1,1) at p^1 = (1,2,3), x^2 = (1,3,2) at p^2 = (2,1,1), x^3 = (1,2,2) at p^3 = (3,1,2), x^4 = (2,2,2) at p^4 = (1,1,1), which satisfies GARP, cannot be rationalised by any locally non-satiated utility function.
; source: S. Afriat, The construction of utility functions from expenditure data, International Economic Review 8 (1967); H. Varian, The nonparametric approach to demand analysis, Econometrica 50 (1982)
; expected: refuted
; prelude: consumer-revealed-preference
; encoding: by Afriat's theorem the data are rationalisable exactly when Afriat numbers exist (levels U_k, multipliers L_k > 0, U_j <= U_k + L_k p^k.(x^j - x^k) for all k, j); the negation asserts the 12 Afriat inequalities, so a model gives the numbers from which Afriat's piecewise-linear utility is built.
(define-fun p1x ((x1 Real) (x2 Real) (x3 Real)) Real (cost3 1.0 2.0 3.0 x1 x2 x3))
(define-fun p2x ((x1 Real) (x2 Real) (x3 Real)) Real (cost3 2.0 1.0 1.0 x1 x2 x3))
(define-fun p3x ((x1 Real) (x2 Real) (x3 Real)) Real (cost3 3.0 1.0 2.0 x1 x2 x3))
(define-fun p4x ((x1 Real) (x2 Real) (x3 Real)) Real (cost3 1.0 1.0 1.0 x1 x2 x3))
; the bundles chosen
(define-fun x11 () Real 3.0) (define-fun x12 () Real 1.0) (define-fun x13 () Real 1.0)
(define-fun x21 () Real 1.0) (define-fun x22 () Real 3.0) (define-fun x23 () Real 2.0)
(define-fun x31 () Real 1.0) (define-fun x32 () Real 2.0) (define-fun x33 () Real 2.0)
(define-fun x41 () Real 2.0) (define-fun x42 () Real 2.0) (define-fun x43 () Real 2.0)
; utility levels U_k and marginal utilities of income L_k
(declare-const U1 Real) (declare-const U2 Real) (declare-const U3 Real) (declare-const U4 Real)
(declare-const L1 Real) (declare-const L2 Real) (declare-const L3 Real) (declare-const L4 Real)
(assert (and (> L1 0.0) (> L2 0.0) (> L3 0.0) (> L4 0.0)))
(assert (<= U2 (+ U1 (* L1 (- (p1x x21 x22 x23) (p1x x11 x12 x13))))))
(assert (<= U3 (+ U1 (* L1 (- (p1x x31 x32 x33) (p1x x11 x12 x13))))))
(assert (<= U4 (+ U1 (* L1 (- (p1x x41 x42 x43) (p1x x11 x12 x13))))))
(assert (<= U1 (+ U2 (* L2 (- (p2x x11 x12 x13) (p2x x21 x22 x23))))))
(assert (<= U3 (+ U2 (* L2 (- (p2x x31 x32 x33) (p2x x21 x22 x23))))))
(assert (<= U4 (+ U2 (* L2 (- (p2x x41 x42 x43) (p2x x21 x22 x23))))))
(assert (<= U1 (+ U3 (* L3 (- (p3x x11 x12 x13) (p3x x31 x32 x33))))))
(assert (<= U2 (+ U3 (* L3 (- (p3x x21 x22 x23) (p3x x31 x32 x33))))))
(assert (<= U4 (+ U3 (* L3 (- (p3x x41 x42 x43) (p3x x31 x32 x33))))))
(assert (<= U1 (+ U4 (* L4 (- (p4x x11 x12 x13) (p4x x41 x42 x43))))))
(assert (<= U2 (+ U4 (* L4 (- (p4x x21 x22 x23) (p4x x41 x42 x43))))))
(assert (<= U3 (+ U4 (* L4 (- (p4x x31 x32 x33) (p4x x41 x42 x43))))))
