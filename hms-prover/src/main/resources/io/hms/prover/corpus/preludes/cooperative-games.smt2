; prelude: cooperative-games
; Transferable-utility games of 3 players given by the worth of each nonempty coalition,
; v1 v2 v3 v12 v13 v23 v123 (the empty coalition is worth 0). Definitions only.
; Shapley value of player i, where j and k are the other two players
(define-fun coop-shapley3 ((vi Real) (vj Real) (vk Real) (vij Real) (vik Real) (vjk Real) (vN Real)) Real
  (+ (/ vi 3.0) (/ (- vij vj) 6.0) (/ (- vik vk) 6.0) (/ (- vN vjk) 3.0)))
; Banzhaf value of player i: its average marginal contribution over the 4 coalitions of the others
(define-fun coop-banzhaf3 ((vi Real) (vj Real) (vk Real) (vij Real) (vik Real) (vjk Real) (vN Real)) Real
  (/ (+ vi (- vij vj) (- vik vk) (- vN vjk)) 4.0))
; the payoff vector (x1, x2, x3) is in the core: efficient and no coalition can improve on it
(define-fun coop-core3 ((x1 Real) (x2 Real) (x3 Real)
                        (v1 Real) (v2 Real) (v3 Real) (v12 Real) (v13 Real) (v23 Real) (v123 Real)) Bool
  (and (= (+ x1 x2 x3) v123) (>= x1 v1) (>= x2 v2) (>= x3 v3)
       (>= (+ x1 x2) v12) (>= (+ x1 x3) v13) (>= (+ x2 x3) v23)))
; superadditive: disjoint coalitions gain by merging
(define-fun coop-superadditive3 ((v1 Real) (v2 Real) (v3 Real) (v12 Real) (v13 Real) (v23 Real) (v123 Real)) Bool
  (and (>= v12 (+ v1 v2)) (>= v13 (+ v1 v3)) (>= v23 (+ v2 v3))
       (>= v123 (+ v12 v3)) (>= v123 (+ v13 v2)) (>= v123 (+ v23 v1))))
; convex (supermodular): v(S u T) + v(S n T) >= v(S) + v(T) for all coalitions S, T
(define-fun coop-convex3 ((v1 Real) (v2 Real) (v3 Real) (v12 Real) (v13 Real) (v23 Real) (v123 Real)) Bool
  (and (coop-superadditive3 v1 v2 v3 v12 v13 v23 v123)
       (>= (+ v123 v1) (+ v12 v13)) (>= (+ v123 v2) (+ v12 v23)) (>= (+ v123 v3) (+ v13 v23))))
