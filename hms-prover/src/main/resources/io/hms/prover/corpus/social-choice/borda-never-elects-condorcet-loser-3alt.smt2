; id: borda-never-elects-condorcet-loser-3alt
; family: social-choice
; statement: For any number of voters with strict rankings over 3 alternatives, the Borda count never elects (even in a tie) a Condorcet loser, an alternative beaten by every other alternative by a strict majority.
; source: P. C. Fishburn & W. V. Gehrlein, Borda's rule, positional voting, and Condorcet's simple majority principle, Public Choice 28 (1976)
; expected: proved
; encoding: anonymous profiles as unbounded nonnegative Int counts of each of the 6 rankings (linear integer arithmetic); the negation asserts a Condorcet loser whose Borda score is weakly highest.
; n_<ranking> is the number of voters with that strict ranking (best first); any electorate size
(declare-const n_abc Int) (declare-const n_acb Int) (declare-const n_bac Int) (declare-const n_bca Int) (declare-const n_cab Int) (declare-const n_cba Int)
(assert (and (>= n_abc 0) (>= n_acb 0) (>= n_bac 0) (>= n_bca 0) (>= n_cab 0) (>= n_cba 0)))
; w_xy: number of voters ranking x above y
(define-fun w_ab () Int (+ n_abc n_acb n_cab))
(define-fun w_ac () Int (+ n_abc n_acb n_bac))
(define-fun w_ba () Int (+ n_bac n_bca n_cba))
(define-fun w_bc () Int (+ n_abc n_bac n_bca))
(define-fun w_ca () Int (+ n_bca n_cab n_cba))
(define-fun w_cb () Int (+ n_acb n_cab n_cba))
; b_x: Borda score of x (2 points for a first place, ..., 0 for last)
(define-fun b_a () Int (+ (* 2 n_abc) (* 2 n_acb) n_bac n_cab))
(define-fun b_b () Int (+ n_abc (* 2 n_bac) (* 2 n_bca) n_cba))
(define-fun b_c () Int (+ n_acb n_bca (* 2 n_cab) (* 2 n_cba)))
; negation: some Condorcet loser (beaten by every other alternative by a strict majority) has a
; weakly highest score, i.e. is among the winners
(assert (or
  (and (and (> w_ba w_ab) (> w_ca w_ac)) (and (>= b_a b_b) (>= b_a b_c)))
  (and (and (> w_ab w_ba) (> w_cb w_bc)) (and (>= b_b b_a) (>= b_b b_c)))
  (and (and (> w_ac w_ca) (> w_bc w_cb)) (and (>= b_c b_a) (>= b_c b_b)))))
