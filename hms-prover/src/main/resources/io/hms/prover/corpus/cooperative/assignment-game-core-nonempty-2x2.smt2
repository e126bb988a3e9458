; id: assignment-game-core-nonempty-2x2
; family: cooperative
; statement: Every assignment game with 2 buyers and 2 sellers and nonnegative pairwise surpluses has a nonempty core.
; source: L. S. Shapley & M. Shubik, The assignment game I: the core, International Journal of Game Theory 1 (1971)
; expected: proved
; encoding: the four surpluses are free nonnegative Reals and coalition worths are maxima over matchings; the negation asserts, with a universal quantifier over real payoff vectors, that the core is empty.
; assignment market: buyers 1, 2 and sellers 3, 4; a_ij >= 0 is the surplus when buyer i trades with
; seller j; a coalition is worth the best total surplus of a matching between its buyers and sellers
(declare-const a13 Real) (declare-const a14 Real) (declare-const a23 Real) (declare-const a24 Real)
(assert (and (>= a13 0.0) (>= a14 0.0) (>= a23 0.0) (>= a24 0.0)))
(define-fun maxr ((p Real) (q Real)) Real (ite (>= p q) p q))
(define-fun core ((x1 Real) (x2 Real) (x3 Real) (x4 Real)) Bool
  (and (= (+ x1 x2 x3 x4) (maxr (+ a13 a24) (+ a14 a23)))
       (>= x1 0.0) (>= x2 0.0) (>= x3 0.0) (>= x4 0.0)
       (>= (+ x1 x3) a13) (>= (+ x1 x4) a14) (>= (+ x2 x3) a23) (>= (+ x2 x4) a24)
       (>= (+ x1 x2) 0.0) (>= (+ x3 x4) 0.0)
       (>= (+ x1 x2 x3) (maxr a13 a23)) (>= (+ x1 x2 x4) (maxr a14 a24))
       (>= (+ x1 x3 x4) (maxr a13 a14)) (>= (+ x2 x3 x4) (maxr a23 a24))))
; negation: no payoff vector is in the core
(assert (forall ((x1 Real) (x2 Real) (x3 Real) (x4 Real)) (not (core x1 x2 x3 x4))))
