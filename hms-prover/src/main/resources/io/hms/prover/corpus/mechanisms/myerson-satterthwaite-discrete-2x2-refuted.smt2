; id: myerson-satterthwaite-discrete-2x2-refuted
; family: mechanisms
; statement: In bilateral trade where the buyer's value is uniform on {1, 3} and the seller's cost is independently uniform on {0, 2}, no direct mechanism is at once ex post efficient (trade exactly when value > cost), Bayesian incentive compatible and interim individually rational for both traders, and free of deficit ex post (the buyer pays at least what the seller receives).
; source: R. Myerson & M. Satterthwaite, Efficient mechanisms for bilateral trading, Journal of Economic Theory 29 (1983) (stated there for a continuum of types); V. Krishna, Auction Theory (2002), Ch. 5
; expected: refuted
; encoding: the trade rule is fixed by efficiency; the buyer's payment b<i><j> and the seller's receipt s<i><j> for buyer type i and seller type j are reals; incentive and participation constraints are interim expectations over the uniform prior (sums over the other trader's 2 types, the common factor dropped); the negation asserts a mechanism meeting all constraints, so a model is an efficient mechanism: on this coarse grid the impossibility of the continuous-type theorem fails.
(define-fun V0 () Real 1.0) (define-fun V1 () Real 3.0)
; type i of the buyer has value V_i, type j of the seller has cost C_j; q<i><j> = 1 when trade is efficient
(define-fun C0 () Real 0.0) (define-fun C1 () Real 2.0)
(define-fun q00 () Real 1.0) (define-fun q01 () Real 0.0)
(define-fun q10 () Real 1.0) (define-fun q11 () Real 1.0)
(declare-const b00 Real) (declare-const s00 Real) (declare-const b01 Real) (declare-const s01 Real)
(declare-const b10 Real) (declare-const s10 Real) (declare-const b11 Real) (declare-const s11 Real)
; no deficit ex post
(assert (and (>= b00 s00) (>= b01 s01)))
(assert (and (>= b10 s10) (>= b11 s11)))
; UB<r>(v) = interim expected utility (times the number of seller types) of a buyer of value v reporting type r
(define-fun UB0 ((v Real)) Real (- (* v (+ q00 q01)) (+ b00 b01)))
(define-fun UB1 ((v Real)) Real (- (* v (+ q10 q11)) (+ b10 b11)))
; US<r>(c) = interim expected utility (times the number of buyer types) of a seller of cost c reporting type r
(define-fun US0 ((c Real)) Real (- (+ s00 s10) (* c (+ q00 q10))))
(define-fun US1 ((c Real)) Real (- (+ s01 s11) (* c (+ q01 q11))))
; Bayesian incentive compatibility and interim individual rationality
(assert (and (>= (UB0 V0) 0.0) (>= (UB0 V0) (UB1 V0))))
(assert (and (>= (UB1 V1) 0.0) (>= (UB1 V1) (UB0 V1))))
(assert (and (>= (US0 C0) 0.0) (>= (US0 C0) (US1 C0))))
(assert (and (>= (US1 C1) 0.0) (>= (US1 C1) (US0 C1))))
