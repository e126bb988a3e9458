; id: afriat-garp-violation-no-utility
; family: consumer
; statement: For any 3 observations of a consumer's choices among 2 goods at positive prices that violate GARP through the cycle x^1 R x^2 R x^3 with x^1 strictly cheaper than x^3 at prices p^3, there are no Afriat numbers (utility levels U_k and positive marginal utilities of income L_k with U_j <= U_k + L_k p^k.(x^j - x^k) for all k, j), so no locally non-satiated utility function rationalises the data.
; source: S. Afriat, The construction of utility functions from expenditure data, International Economic Review 8 (1967); H. Varian, The nonparametric approach to demand analysis, Econometrica 50 (1982)
; tier: full
; expected: proved
; prelude: consumer-revealed-preference
; encoding: prices pkj, bundles xkj (observation k, good j), utility levels Uk and multipliers Lk are reals; the GARP violation is asserted by three revealed-preference comparisons; the negation asserts Afriat numbers satisfying all 6 Afriat inequalities.
(declare-const p11 Real) (declare-const p12 Real) (declare-const x11 Real) (declare-const x12 Real)
(declare-const p21 Real) (declare-const p22 Real) (declare-const x21 Real) (declare-const x22 Real)
(declare-const p31 Real) (declare-const p32 Real) (declare-const x31 Real) (declare-const x32 Real)
(declare-const U1 Real) (declare-const U2 Real) (declare-const U3 Real)
(declare-const L1 Real) (declare-const L2 Real) (declare-const L3 Real)
(assert (and (> p11 0.0) (> p12 0.0) (> p21 0.0) (> p22 0.0) (> p31 0.0) (> p32 0.0)))
(assert (and (>= x11 0.0) (>= x12 0.0) (>= x21 0.0) (>= x22 0.0) (>= x31 0.0) (>= x32 0.0)))
; the GARP violation: x^1 R x^2, x^2 R x^3, and x^3 strictly revealed preferred to x^1
(assert (rp2 p11 p12 x11 x12 x21 x22))
(assert (rp2 p21 p22 x21 x22 x31 x32))
(assert (srp2 p31 p32 x31 x32 x11 x12))
; (negation) Afriat numbers exist
(assert (and (> L1 0.0) (> L2 0.0) (> L3 0.0)))
(assert (<= U2 (+ U1 (* L1 (- (cost2 p11 p12 x21 x22) (cost2 p11 p12 x11 x12))))))
(assert (<= U3 (+ U1 (* L1 (- (cost2 p11 p12 x31 x32) (cost2 p11 p12 x11 x12))))))
(assert (<= U1 (+ U2 (* L2 (- (cost2 p21 p22 x11 x12) (cost2 p21 p22 x21 x22))))))
(assert (<= U3 (+ U2 (* L2 (- (cost2 p21 p22 x31 x32) (cost2 p21 p22 x21 x22))))))
(assert (<= U1 (+ U3 (* L3 (- (cost2 p31 p32 x11 x12) (cost2 p31 p32 x31 x32))))))
(assert (<= U2 (+ U3 (* L3 (- (cost2 p31 p32 x21 x22) (cost2 p31 p32 x31 x32))))))
