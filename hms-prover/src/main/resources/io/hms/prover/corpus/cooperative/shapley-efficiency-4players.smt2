; id: shapley-efficiency-4players
; family: cooperative
; statement: For every transferable-utility game with 4 players (arbitrary real coalition worths), the Shapley values of the players sum to the worth of the grand coalition.
; source: L. S. Shapley, A value for n-person games, in H. W. Kuhn & A. W. Tucker (eds.), Contributions to the Theory of Games II (1953)
; expected: proved
; encoding: the 15 coalition worths are free Reals; Shapley values are defined as fixed linear combinations of marginal contributions; the negation asserts their sum differs from v(N).
; v<S>: worth of coalition S of players 1, 2, 3, 4 (the empty coalition is worth 0)
(declare-const v1 Real) (declare-const v2 Real) (declare-const v3 Real) (declare-const v4 Real) (declare-const v12 Real) (declare-const v13 Real) (declare-const v14 Real) (declare-const v23 Real)
(declare-const v24 Real) (declare-const v34 Real) (declare-const v123 Real) (declare-const v124 Real) (declare-const v134 Real) (declare-const v234 Real) (declare-const v1234 Real)
; phi<i>: Shapley value of player i, the weighted average of its marginal contributions v(S+i) - v(S)
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
; negation: the values do not add up to v(N)
(assert (distinct (+ phi1 phi2 phi3 phi4) v1234))
