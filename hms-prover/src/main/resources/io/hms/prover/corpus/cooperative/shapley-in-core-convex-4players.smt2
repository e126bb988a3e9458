; id: shapley-in-core-convex-4players
; family: cooperative
; statement: For every convex (supermodular) 4-player transferable-utility game, the Shapley value lies in the core.
; source: L. S. Shapley, Cores of convex games, International Journal of Game Theory 1 (1971)
; expected: proved
; encoding: the 15 coalition worths are free Reals constrained by supermodularity for every pair of coalitions; the negation asserts the Shapley vector violates efficiency or some of the 14 coalition constraints.
; v<S>: worth of coalition S of players 1, 2, 3, 4 (the empty coalition is worth 0)
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v4 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v14 Real) (declare-const v23 Real)
(declare-const v24 Real) (declare-const v34 Real) (declare-const v123 Real) (declare-const v124 Real) (declare-const v134 Real) (declare-const v234 Real) (declare-const v1234 Real)
; the game is convex: v(S u T) + v(S n T) >= v(S) + v(T) for all coalitions S, T
(assert (and
  (>= v12 (+ v1 v2)) (>= v13 (+ v1 v3)) (>= v14 (+ v1 v4)) (>= v123 (+ v1 v23))
  (>= v124 (+ v1 v24)) (>= v134 (+ v1 v34)) (>= v1234 (+ v1 v234)) (>= v23 (+ v2 v3))
  (>= v24 (+ v2 v4)) (>= v123 (+ v13 v2)) (>= v124 (+ v14 v2)) (>= v234 (+ v2 v34))
  (>= v1234 (+ v134 v2)) (>= v34 (+ v3 v4)) (>= v123 (+ v12 v3)) (>= v134 (+ v14 v3))
  (>= v234 (+ v24 v3)) (>= v1234 (+ v124 v3)) (>= v124 (+ v12 v4)) (>= v134 (+ v13 v4))
  (>= v234 (+ v23 v4)) (>= v1234 (+ v123 v4)) (>= (+ v123 v1) (+ v12 v13)) (>= (+ v124 v1) (+ v12 v14))
  (>= (+ v123 v2) (+ v12 v23)) (>= (+ v124 v2) (+ v12 v24)) (>= v1234 (+ v12 v34)) (>= (+ v1234 v1) (+ v12 v134))
  (>= (+ v1234 v2) (+ v12 v234)) (>= (+ v134 v1) (+ v13 v14)) (>= (+ v123 v3) (+ v13 v23)) (>= v1234 (+ v13 v24))
  (>= (+ v134 v3) (+ v13 v34)) (>= (+ v1234 v1) (+ v124 v13)) (>= (+ v1234 v3) (+ v13 v234)) (>= v1234 (+ v14 v23))
  (>= (+ v124 v4) (+ v14 v24)) (>= (+ v134 v4) (+ v14 v34)) (>= (+ v1234 v1) (+ v123 v14)) (>= (+ v1234 v4) (+ v14 v234))
  (>= (+ v234 v2) (+ v23 v24)) (>= (+ v234 v3) (+ v23 v34)) (>= (+ v1234 v2) (+ v124 v23)) (>= (+ v1234 v3) (+ v134 v23))
  (>= (+ v234 v4) (+ v24 v34)) (>= (+ v1234 v2) (+ v123 v24)) (>= (+ v1234 v4) (+ v134 v24)) (>= (+ v1234 v3) (+ v123 v34))
  (>= (+ v1234 v4) (+ v124 v34)) (>= (+ v1234 v12) (+ v123 v124)) (>= (+ v1234 v13) (+ v123 v134)) (>= (+ v1234 v23) (+ v123 v234))
  (>= (+ v1234 v14) (+ v124 v134)) (>= (+ v1234 v24) (+ v124 v234)) (>= (+ v1234 v34) (+ v134 v234))))
; phi<i>: Shapley value of player i
(define-fun phi1 () Real (+
  (* (/ 1.0 4.0) v1) (* (/ 1.0 12.0) (- v12 v2)) (* (/ 1.0 12.0) (- v13 v3))
  (* (/ 1.0 12.0) (- v14 v4)) (* (/ 1.0 12.0) (- v123 v23)) (* (/ 1.0 12.0) (- v124 v24))
  (* (/ 1.0 12.0) (- v134 v34)) (* (/ 1.0 4.0) (- v1234 v234))))
(define-fun phi2 () Real (+
  (* (/ 1.0 4.0) v2) (* (/ 1.0 12.0) (- v12 v1)) (* (/ 1.0 12.0) (- v23 v3))
  (* (/ 1.0 12.0) (- v24 v4)) (* (/ 1.0 12.0) (- v123 v13)) (* (/ 1.0 12.0) (- v124 v14))
  (* (/ 1.0 12.0) (- v234 v34)) (* (/ 1.0 4.0) (- v1234 v134))))
(define-fun phi3 () Real (+
  (* (/ 1.0 4.0) v3) (* (/ 1.0 12.0) (- v13 v1)) (* (/ 1.0 12.0) (- v23 v2))
  (* (/ 1.0 12.0) (- v34 v4)) (* (/ 1.0 12.0) (- v123 v12)) (* (/ 1.0 12.0) (- v134 v14))
  (* (/ 1.0 12.0) (- v234 v24)) (* (/ 1.0 4.0) (- v1234 v124))))
(define-fun phi4 () Real (+
  (* (/ 1.0 4.0) v4) (* (/ 1.0 12.0) (- v14 v1)) (* (/ 1.0 12.0) (- v24 v2))
  (* (/ 1.0 12.0) (- v34 v3)) (* (/ 1.0 12.0) (- v124 v12)) (* (/ 1.0 12.0) (- v134 v13))
  (* (/ 1.0 12.0) (- v234 v23)) (* (/ 1.0 4.0) (- v1234 v123))))
; negation: the Shapley value is not in the core
(assert (not (and
  (= (+ phi1 phi2 phi3 phi4) v1234) (>= phi1 v1) (>= phi2 v2) (>= phi3 v3)
  (>= phi4 v4) (>= (+ phi1 phi2) v12) (>= (+ phi1 phi3) v13) (>= (+ phi1 phi4) v14)
  (>= (+ phi2 phi3) v23) (>= (+ phi2 phi4) v24) (>= (+ phi3 phi4) v34) (>= (+ phi1 phi2 phi3) v123)
  (>= (+ phi1 phi2 phi4) v124) (>= (+ phi1 phi3 phi4) v134) (>= (+ phi2 phi3 phi4) v234))))
