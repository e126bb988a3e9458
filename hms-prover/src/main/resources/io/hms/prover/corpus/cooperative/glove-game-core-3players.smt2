; id: glove-game-core-3players
; family: cooperative
; statement: In the 3-player glove game (one left-glove owner, two right-glove owners, a coalition is worth its number of matched pairs), the unique core allocation gives the whole surplus 1 to the left-glove owner.
; source: L. S. Shapley, The solutions of a symmetric market game, in Contributions to the Theory of Games IV (1959); M. J. Osborne & A. Rubinstein, A Course in Game Theory (1994)
; expected: proved
; prelude: cooperative-games
; encoding: the game is given by constant worths; the negation asserts a real core allocation other than (1, 0, 0).
; glove market: player 1 owns a left glove, players 2 and 3 each own a right glove; a coalition is worth
; the number of pairs it can form
(define-fun v1 () Real 0.0) (define-fun v2 () Real 0.0) (define-fun v3 () Real 0.0)
(define-fun v12 () Real 1.0) (define-fun v13 () Real 1.0) (define-fun v23 () Real 0.0)
(define-fun v123 () Real 1.0)
; negation: some core allocation differs from (1, 0, 0)
(declare-const x1 Real) (declare-const x2 Real) (declare-const x3 Real)
(assert (coop-core3 x1 x2 x3 v1 v2 v3 v12 v13 v23 v123))
(assert (not (and (= x1 1.0) (= x2 0.0) (= x3 0.0))))
