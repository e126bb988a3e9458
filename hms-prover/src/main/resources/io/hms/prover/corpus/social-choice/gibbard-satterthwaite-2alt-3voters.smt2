; id: gibbard-satterthwaite-2alt-3voters
; family: social-choice
; statement: With 3 voters and only 2 alternatives, every onto and strategy-proof social choice function is dictatorial (false: majority rule is onto, strategy-proof and not dictatorial, so the theorem needs at least 3 alternatives).
; source: A. Gibbard, Manipulation of voting schemes: a general result, Econometrica 41 (1973); M. A. Satterthwaite, Strategy-proofness and Arrow's conditions, Journal of Economic Theory 10 (1975); P. Tang & F. Lin, Computer-aided proofs of Arrow's and other impossibility theorems, Artificial Intelligence 173 (2009)
; expected: refuted
; prelude: social-choice-orders
; encoding: one Int in 0..1 per profile (8 profiles) for the chosen alternative; the negation asserts an onto, strategy-proof, non-dictatorial function exists, and the model is one (majority).
; Alternatives are coded a=0, b=1; rankings are written best first.
; Profile k (0..7) assigns a strict ranking to each of the 3 voters (listed below);
; f<k> is the alternative the social choice function picks at profile k.
(declare-const f0 Int) ; profile 0: ab ab ab
(declare-const f1 Int) ; profile 1: ab ab ba
(declare-const f2 Int) ; profile 2: ab ba ab
(declare-const f3 Int) ; profile 3: ab ba ba
(declare-const f4 Int) ; profile 4: ba ab ab
(declare-const f5 Int) ; profile 5: ba ab ba
(declare-const f6 Int) ; profile 6: ba ba ab
(declare-const f7 Int) ; profile 7: ba ba ba
(assert (and (<= 0 f0) (< f0 2) (<= 0 f1) (< f1 2) (<= 0 f2) (< f2 2) (<= 0 f3) (< f3 2) (<= 0 f4) (< f4 2) (<= 0 f5) (< f5 2)))
(assert (and (<= 0 f6) (< f6 2) (<= 0 f7) (< f7 2)))
; onto: every alternative is chosen at some profile
(assert (or (= f0 0) (= f1 0) (= f2 0) (= f3 0) (= f4 0) (= f5 0) (= f6 0) (= f7 0)))
(assert (or (= f0 1) (= f1 1) (= f2 1) (= f3 1) (= f4 1) (= f5 1) (= f6 1) (= f7 1)))
; strategy-proofness: no voter gains, by her true ranking, from reporting any other ranking
(assert (not (and (= f0 1) (= f4 0))))
(assert (not (and (= f0 1) (= f2 0))))
(assert (not (and (= f0 1) (= f1 0))))
(assert (not (and (= f1 1) (= f5 0))))
(assert (not (and (= f1 1) (= f3 0))))
(assert (not (and (= f1 0) (= f0 1))))
(assert (not (and (= f2 1) (= f6 0))))
(assert (not (and (= f2 0) (= f0 1))))
(assert (not (and (= f2 1) (= f3 0))))
(assert (not (and (= f3 1) (= f7 0))))
(assert (not (and (= f3 0) (= f1 1))))
(assert (not (and (= f3 0) (= f2 1))))
(assert (not (and (= f4 0) (= f0 1))))
(assert (not (and (= f4 1) (= f6 0))))
(assert (not (and (= f4 1) (= f5 0))))
(assert (not (and (= f5 0) (= f1 1))))
(assert (not (and (= f5 1) (= f7 0))))
(assert (not (and (= f5 0) (= f4 1))))
(assert (not (and (= f6 0) (= f2 1))))
(assert (not (and (= f6 0) (= f4 1))))
(assert (not (and (= f6 1) (= f7 0))))
(assert (not (and (= f7 0) (= f3 1))))
(assert (not (and (= f7 0) (= f5 1))))
(assert (not (and (= f7 0) (= f6 1))))
; non-dictatorship: for each voter some profile where the choice is not that voter's top
(assert (or (distinct f0 0) (distinct f1 0) (distinct f2 0) (distinct f3 0) (distinct f4 1) (distinct f5 1) (distinct f6 1) (distinct f7 1)))
(assert (or (distinct f0 0) (distinct f1 0) (distinct f2 1) (distinct f3 1) (distinct f4 0) (distinct f5 0) (distinct f6 1) (distinct f7 1)))
(assert (or (distinct f0 0) (distinct f1 1) (distinct f2 0) (distinct f3 1) (distinct f4 0) (distinct f5 1) (distinct f6 0) (distinct f7 1)))
