; id: myerson-satterthwaite-discrete-4x4
; family: mechanisms
; statement: In bilateral trade where the buyer's value is uniform on {0, 2, 4, 6} and the seller's cost is independently uniform on {1, 3, 5, 7}, no direct mechanism is at once ex post efficient (trade exactly when value > cost), Bayesian incentive compatible and interim individually rational for both traders, and free of deficit ex post (the buyer pays at least what the seller receives).
; source: R. Myerson & M. Satterthwaite, Efficient mechanisms for bilateral trading, Journal of Economic Theory 29 (1983), here on a finite type grid; V. Krishna, Auction Theory (2002), Ch. 5
; expected: proved
; encoding: the trade rule is fixed by efficiency; the buyer's payment b<i><j> and the seller's receipt s<i><j> for buyer type i and seller type j are reals; incentive and participation constraints are interim expectations over the uniform prior (sums over the other trader's 4 types, the common factor dropped); the negation asserts a mechanism meeting all constraints.
(define-fun V0 () Real 0.0) (define-fun V1 () Real 2.0) (define-fun V2 () Real 4.0) (define-fun V3 () Real 6.0)
; type i of the buyer has value V_i, type j of the seller has cost C_j; q<i><j> = 1 when trade is efficient
(define-fun C0 () Real 1.0) (define-fun C1 () Real 3.0) (define-fun C2 () Real 5.0) (define-fun C3 () Real 7.0)
(define-fun q00 () Real 0.0) (define-fun q01 () Real 0.0) (define-fun q02 () Real 0.0) (define-fun q03 () Real 0.0)
(define-fun q10 () Real 1.0) (define-fun q11 () Real 0.0) (define-fun q12 () Real 0.0) (define-fun q13 () Real 0.0)
(define-fun q20 () Real 1.0) (define-fun q21 () Real 1.0) (define-fun q22 () Real 0.0) (define-fun q23 () Real 0.0)
(define-fun q30 () Real 1.0) (define-fun q31 () Real 1.0) (define-fun q32 () Real 1.0) (define-fun q33 () Real 0.0)
(declare-const b00 Real) (declare-const s00 Real) (declare-const b01 Real) (declare-const s01 Real) (declare-const b02 Real) (declare-const s02 Real) (declare-const b03 Real) (declare-const s03 Real)
(declare-const b10 Real) (declare-const s10 Real) (declare-const b11 Real) (declare-const s11 Real) (declare-const b12 Real) (declare-const s12 Real) (declare-const b13 Real) (declare-const s13 Real)
(declare-const b20 Real) (declare-const s20 Real) (declare-const b21 Real) (declare-const s21 Real) (declare-const b22 Real) (declare-const s22 Real) (declare-const b23 Real) (declare-const s23 Real)
(declare-const b30 Real) (declare-const s30 Real) (declare-const b31 Real) (declare-const s31 Real) (declare-const b32 Real) (declare-const s32 Real) (declare-const b33 Real) (declare-const s33 Real)
; no deficit ex post
(assert (and (>= b00 s00) (>= b01 s01) (>= b02 s02) (>= b03 s03)))
(assert (and (>= b10 s10) (>= b11 s11) (>= b12 s12) (>= b13 s13)))
(assert (and (>= b20 s20) (>= b21 s21) (>= b22 s22) (>= b23 s23)))
(assert (and (>= b30 s30) (>= b31 s31) (>= b32 s32) (>= b33 s33)))
; UB<r>(v) = interim expected utility (times the number of seller types) of a buyer of value v reporting type r
(define-fun UB0 ((v Real)) Real (- (* v (+ q00 q01 q02 q03)) (+ b00 b01 b02 b03)))
(define-fun UB1 ((v Real)) Real (- (* v (+ q10 q11 q12 q13)) (+ b10 b11 b12 b13)))
(define-fun UB2 ((v Real)) Real (- (* v (+ q20 q21 q22 q23)) (+ b20 b21 b22 b23)))
(define-fun UB3 ((v Real)) Real (- (* v (+ q30 q31 q32 q33)) (+ b30 b31 b32 b33)))
; US<r>(c) = interim expected utility (times the number of buyer types) of a seller of cost c reporting type r
(define-fun US0 ((c Real)) Real (- (+ s00 s10 s20 s30) (* c (+ q00 q10 q20 q30))))
(define-fun US1 ((c Real)) Real (- (+ s01 s11 s21 s31) (* c (+ q01 q11 q21 q31))))
(define-fun US2 ((c Real)) Real (- (+ s02 s12 s22 s32) (* c (+ q02 q12 q22 q32))))
(define-fun US3 ((c Real)) Real (- (+ s03 s13 s23 s33) (* c (+ q03 q13 q23 q33))))
; Bayesian incentive compatibility and interim individual rationality
(assert (and (>= (UB0 V0) 0.0) (>= (UB0 V0) (UB1 V0)) (>= (UB0 V0) (UB2 V0)) (>= (UB0 V0) (UB3 V0))))
(assert (and (>= (UB1 V1) 0.0) (>= (UB1 V1) (UB0 V1)) (>= (UB1 V1) (UB2 V1)) (>= (UB1 V1) (UB3 V1))))
(assert (and (>= (UB2 V2) 0.0) (>= (UB2 V2) (UB0 V2)) (>= (UB2 V2) (UB1 V2)) (>= (UB2 V2) (UB3 V2))))
(assert (and (>= (UB3 V3) 0.0) (>= (UB3 V3) (UB0 V3)) (>= (UB3 V3) (UB1 V3)) (>= (UB3 V3) (UB2 V3))))
(assert (and (>= (US0 C0) 0.0) (>= (US0 C0) (US1 C0)) (>= (US0 C0) (US2 C0)) (>= (US0 C0) (US3 C0))))
(assert (and (>= (US1 C1) 0.0) (>= (US1 C1) (US0 C1)) (>= (US1 C1) (US2 C1)) (>= (US1 C1) (US3 C1))))
(assert (and (>= (US2 C2) 0.0) (>= (US2 C2) (US0 C2)) (>= (US2 C2) (US1 C2)) (>= (US2 C2) (US3 C2))))
(assert (and (>= (US3 C3) 0.0) (>= (US3 C3) (US0 C3)) (>= (US3 C3) (US1 C3)) (>= (US3 C3) (US2 C3))))
