; id: plurality-elects-condorcet-winner
; family: social-choice
; statement: For any number of voters with strict rankings over 3 alternatives, whenever a Condorcet winner exists it has the highest plurality score (false: e.g. 4 voters a>b>c, 3 voters b>c>a, 2 voters c>b>a make b the Condorcet winner and a the plurality winner).
; source: P. C. Fishburn, Paradoxes of voting, American Political Science Review 68 (1974)
; expected: refuted
; encoding: anonymous profiles as nonnegative Int counts of each of the 6 rankings; the negation asserts a Condorcet winner with strictly fewer first places than another alternative, and the model is a profile.
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
; t_x: plurality score of x (number of voters ranking x first)
(define-fun t_a () Int (+ n_abc n_acb))
(define-fun t_b () Int (+ n_bac n_bca))
(define-fun t_c () Int (+ n_cab n_cba))
; negation: some alternative is a Condorcet winner, yet another has a strictly higher score
(assert (or
  (and (and (> w_ab w_ba) (> w_ac w_ca)) (or (> t_b t_a) (> t_c t_a)))
  (and (and (> w_ba w_ab) (> w_bc w_cb)) (or (> t_a t_b) (> t_c t_b)))
  (and (and (> w_ca w_ac) (> w_cb w_bc)) (or (> t_a t_c) (> t_b t_c)))))
