; id: majority-game-core-empty
; family: cooperative
; statement: The core of the 3-player simple majority game (v(S) = 1 if S has at least 2 players, else 0) is empty.
; source: J. von Neumann & O. Morgenstern, Theory of Games and Economic Behavior (1944); B. Peleg & P. Sudholter, Introduction to the Theory of Cooperative Games (2007)
; expected: proved
; prelude: cooperative-games
; encoding: the game is given by constant worths; the negation asserts a real payoff vector satisfying efficiency and all coalition constraints.
; the 3-player majority game: a coalition is worth 1 iff it has at least 2 players
(define-fun v1 () Real 0.0) (define-fun v2 () Real 0.0) (define-fun v3 () Real 0.0)
(define-fun v12 () Real 1.0) (define-fun v13 () Real 1.0) (define-fun v23 () Real 1.0)
(define-fun v123 () Real 1.0)
; negation: some payoff vector (x1, x2, x3) is in the core
(declare-const x1 Real) (declare-const x2 Real) (declare-const x3 Real)
(assert (coop-core3 x1 x2 x3 v1 v2 v3 v12 v13 v23 v123))
