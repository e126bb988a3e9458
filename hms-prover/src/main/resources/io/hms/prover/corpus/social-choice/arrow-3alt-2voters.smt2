; id: arrow-3alt-2voters
; family: social-choice
; statement: With 2 voters and 3 alternatives, no social welfare function on the full domain of strict rankings that always returns a strict ranking satisfies weak Pareto, independence of irrelevant alternatives and non-dictatorship.
; source: K. J. Arrow, Social Choice and Individual Values (1951); P. Tang & F. Lin, Computer-aided proofs of Arrow's and other impossibility theorems, Artificial Intelligence 173 (2009)
; expected: proved
; prelude: social-choice-orders
; encoding: one Boolean per profile (36 profiles) and pair for the social order, transitivity per triple; the negation asserts a function meeting Pareto, IIA (equalities across profiles agreeing on the pair) and non-dictatorship exists.
; The 6 strict rankings of {a,b,c} are written best first (abc: a > b > c).
; Profile k (0..35) assigns a ranking to each of the 2 voters; profiles are listed below.
; s<k>_xy is true iff the social ranking at profile k puts x above y (for x before y alphabetically).
; profile 0: abc abc
(declare-const s0_ab Bool) (declare-const s0_ac Bool) (declare-const s0_bc Bool)
; profile 1: abc acb
(declare-const s1_ab Bool) (declare-const s1_ac Bool) (declare-const s1_bc Bool)
; profile 2: abc bac
(declare-const s2_ab Bool) (declare-const s2_ac Bool) (declare-const s2_bc Bool)
; profile 3: abc bca
(declare-const s3_ab Bool) (declare-const s3_ac Bool) (declare-const s3_bc Bool)
; profile 4: abc cab
(declare-const s4_ab Bool) (declare-const s4_ac Bool) (declare-const s4_bc Bool)
; profile 5: abc cba
(declare-const s5_ab Bool) (declare-const s5_ac Bool) (declare-const s5_bc Bool)
; profile 6: acb abc
(declare-const s6_ab Bool) (declare-const s6_ac Bool) (declare-const s6_bc Bool)
; profile 7: acb acb
(declare-const s7_ab Bool) (declare-const s7_ac Bool) (declare-const s7_bc Bool)
; profile 8: acb bac
(declare-const s8_ab Bool) (declare-const s8_ac Bool) (declare-const s8_bc Bool)
; profile 9: acb bca
(declare-const s9_ab Bool) (declare-const s9_ac Bool) (declare-const s9_bc Bool)
; profile 10: acb cab
(declare-const s10_ab Bool) (declare-const s10_ac Bool) (declare-const s10_bc Bool)
; profile 11: acb cba
(declare-const s11_ab Bool) (declare-const s11_ac Bool) (declare-const s11_bc Bool)
; profile 12: bac abc
(declare-const s12_ab Bool) (declare-const s12_ac Bool) (declare-const s12_bc Bool)
; profile 13: bac acb
(declare-const s13_ab Bool) (declare-const s13_ac Bool) (declare-const s13_bc Bool)
; profile 14: bac bac
(declare-const s14_ab Bool) (declare-const s14_ac Bool) (declare-const s14_bc Bool)
; profile 15: bac bca
(declare-const s15_ab Bool) (declare-const s15_ac Bool) (declare-const s15_bc Bool)
; profile 16: bac cab
(declare-const s16_ab Bool) (declare-const s16_ac Bool) (declare-const s16_bc Bool)
; profile 17: bac cba
(declare-const s17_ab Bool) (declare-const s17_ac Bool) (declare-const s17_bc Bool)
; profile 18: bca abc
(declare-const s18_ab Bool) (declare-const s18_ac Bool) (declare-const s18_bc Bool)
; profile 19: bca acb
(declare-const s19_ab Bool) (declare-const s19_ac Bool) (declare-const s19_bc Bool)
; profile 20: bca bac
(declare-const s20_ab Bool) (declare-const s20_ac Bool) (declare-const s20_bc Bool)
; profile 21: bca bca
(declare-const s21_ab Bool) (declare-const s21_ac Bool) (declare-const s21_bc Bool)
; profile 22: bca cab
(declare-const s22_ab Bool) (declare-const s22_ac Bool) (declare-const s22_bc Bool)
; profile 23: bca cba
(declare-const s23_ab Bool) (declare-const s23_ac Bool) (declare-const s23_bc Bool)
; profile 24: cab abc
(declare-const s24_ab Bool) (declare-const s24_ac Bool) (declare-const s24_bc Bool)
; profile 25: cab acb
(declare-const s25_ab Bool) (declare-const s25_ac Bool) (declare-const s25_bc Bool)
; profile 26: cab bac
(declare-const s26_ab Bool) (declare-const s26_ac Bool) (declare-const s26_bc Bool)
; profile 27: cab bca
(declare-const s27_ab Bool) (declare-const s27_ac Bool) (declare-const s27_bc Bool)
; profile 28: cab cab
(declare-const s28_ab Bool) (declare-const s28_ac Bool) (declare-const s28_bc Bool)
; profile 29: cab cba
(declare-const s29_ab Bool) (declare-const s29_ac Bool) (declare-const s29_bc Bool)
; profile 30: cba abc
(declare-const s30_ab Bool) (declare-const s30_ac Bool) (declare-const s30_bc Bool)
; profile 31: cba acb
(declare-const s31_ab Bool) (declare-const s31_ac Bool) (declare-const s31_bc Bool)
; profile 32: cba bac
(declare-const s32_ab Bool) (declare-const s32_ac Bool) (declare-const s32_bc Bool)
; profile 33: cba bca
(declare-const s33_ab Bool) (declare-const s33_ac Bool) (declare-const s33_bc Bool)
; profile 34: cba cab
(declare-const s34_ab Bool) (declare-const s34_ac Bool) (declare-const s34_bc Bool)
; profile 35: cba cba
(declare-const s35_ab Bool) (declare-const s35_ac Bool) (declare-const s35_bc Bool)
; the social ranking at every profile is a strict linear order (transitive on each triple)
(assert (sc-transitive3 s0_ab s0_bc s0_ac))
(assert (sc-transitive3 s1_ab s1_bc s1_ac))
(assert (sc-transitive3 s2_ab s2_bc s2_ac))
(assert (sc-transitive3 s3_ab s3_bc s3_ac))
(assert (sc-transitive3 s4_ab s4_bc s4_ac))
(assert (sc-transitive3 s5_ab s5_bc s5_ac))
(assert (sc-transitive3 s6_ab s6_bc s6_ac))
(assert (sc-transitive3 s7_ab s7_bc s7_ac))
(assert (sc-transitive3 s8_ab s8_bc s8_ac))
(assert (sc-transitive3 s9_ab s9_bc s9_ac))
(assert (sc-transitive3 s10_ab s10_bc s10_ac))
(assert (sc-transitive3 s11_ab s11_bc s11_ac))
(assert (sc-transitive3 s12_ab s12_bc s12_ac))
(assert (sc-transitive3 s13_ab s13_bc s13_ac))
(assert (sc-transitive3 s14_ab s14_bc s14_ac))
(assert (sc-transitive3 s15_ab s15_bc s15_ac))
(assert (sc-transitive3 s16_ab s16_bc s16_ac))
(assert (sc-transitive3 s17_ab s17_bc s17_ac))
(assert (sc-transitive3 s18_ab s18_bc s18_ac))
(assert (sc-transitive3 s19_ab s19_bc s19_ac))
(assert (sc-transitive3 s20_ab s20_bc s20_ac))
(assert (sc-transitive3 s21_ab s21_bc s21_ac))
(assert (sc-transitive3 s22_ab s22_bc s22_ac))
(assert (sc-transitive3 s23_ab s23_bc s23_ac))
(assert (sc-transitive3 s24_ab s24_bc s24_ac))
(assert (sc-transitive3 s25_ab s25_bc s25_ac))
(assert (sc-transitive3 s26_ab s26_bc s26_ac))
(assert (sc-transitive3 s27_ab s27_bc s27_ac))
(assert (sc-transitive3 s28_ab s28_bc s28_ac))
(assert (sc-transitive3 s29_ab s29_bc s29_ac))
(assert (sc-transitive3 s30_ab s30_bc s30_ac))
(assert (sc-transitive3 s31_ab s31_bc s31_ac))
(assert (sc-transitive3 s32_ab s32_bc s32_ac))
(assert (sc-transitive3 s33_ab s33_bc s33_ac))
(assert (sc-transitive3 s34_ab s34_bc s34_ac))
(assert (sc-transitive3 s35_ab s35_bc s35_ac))
; weak Pareto: if every voter puts x above y, so does society
(assert (and s0_ab s0_ac s0_bc))
(assert (and s1_ab s1_ac))
(assert (and s2_ac s2_bc))
(assert s3_bc)
(assert s4_ab)
(assert (and s6_ab s6_ac))
(assert (and s7_ab s7_ac (not s7_bc)))
(assert s8_ac)
(assert (and s10_ab (not s10_bc)))
(assert (not s11_bc))
(assert (and s12_ac s12_bc))
(assert s13_ac)
(assert (and (not s14_ab) s14_ac s14_bc))
(assert (and (not s15_ab) s15_bc))
(assert (not s17_ab))
(assert s18_bc)
(assert (and (not s20_ab) s20_bc))
(assert (and (not s21_ab) (not s21_ac) s21_bc))
(assert (not s22_ac))
(assert (and (not s23_ab) (not s23_ac)))
(assert s24_ab)
(assert (and s25_ab (not s25_bc)))
(assert (not s27_ac))
(assert (and s28_ab (not s28_ac) (not s28_bc)))
(assert (and (not s29_ac) (not s29_bc)))
(assert (not s31_bc))
(assert (not s32_ab))
(assert (and (not s33_ab) (not s33_ac)))
(assert (and (not s34_ac) (not s34_bc)))
(assert (and (not s35_ab) (not s35_ac) (not s35_bc)))
; independence of irrelevant alternatives: the social order of x and y depends only on
; how each voter orders x and y
(assert (= s0_ab s1_ab s4_ab s6_ab s7_ab s10_ab s24_ab s25_ab s28_ab))
(assert (= s2_ab s3_ab s5_ab s8_ab s9_ab s11_ab s26_ab s27_ab s29_ab))
(assert (= s12_ab s13_ab s16_ab s18_ab s19_ab s22_ab s30_ab s31_ab s34_ab))
(assert (= s14_ab s15_ab s17_ab s20_ab s21_ab s23_ab s32_ab s33_ab s35_ab))
(assert (= s0_ac s1_ac s2_ac s6_ac s7_ac s8_ac s12_ac s13_ac s14_ac))
(assert (= s3_ac s4_ac s5_ac s9_ac s10_ac s11_ac s15_ac s16_ac s17_ac))
(assert (= s18_ac s19_ac s20_ac s24_ac s25_ac s26_ac s30_ac s31_ac s32_ac))
(assert (= s21_ac s22_ac s23_ac s27_ac s28_ac s29_ac s33_ac s34_ac s35_ac))
(assert (= s0_bc s2_bc s3_bc s12_bc s14_bc s15_bc s18_bc s20_bc s21_bc))
(assert (= s1_bc s4_bc s5_bc s13_bc s16_bc s17_bc s19_bc s22_bc s23_bc))
(assert (= s6_bc s8_bc s9_bc s24_bc s26_bc s27_bc s30_bc s32_bc s33_bc))
(assert (= s7_bc s10_bc s11_bc s25_bc s28_bc s29_bc s31_bc s34_bc s35_bc))
; non-dictatorship: for each voter some profile and pair where society disagrees with that voter
; voter 1 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_bc) (not s1_ab) (not s1_ac) (not s1_bc) (not s2_ab) (not s2_ac) (not s2_bc) (not s3_ab)
  (not s3_ac) (not s3_bc) (not s4_ab) (not s4_ac) (not s4_bc) (not s5_ab) (not s5_ac) (not s5_bc) (not s6_ab) (not s6_ac)
  s6_bc (not s7_ab) (not s7_ac) s7_bc (not s8_ab) (not s8_ac) s8_bc (not s9_ab) (not s9_ac) s9_bc
  (not s10_ab) (not s10_ac) s10_bc (not s11_ab) (not s11_ac) s11_bc s12_ab (not s12_ac) (not s12_bc) s13_ab
  (not s13_ac) (not s13_bc) s14_ab (not s14_ac) (not s14_bc) s15_ab (not s15_ac) (not s15_bc) s16_ab (not s16_ac)
  (not s16_bc) s17_ab (not s17_ac) (not s17_bc) s18_ab s18_ac (not s18_bc) s19_ab s19_ac (not s19_bc)
  s20_ab s20_ac (not s20_bc) s21_ab s21_ac (not s21_bc) s22_ab s22_ac (not s22_bc) s23_ab
  s23_ac (not s23_bc) (not s24_ab) s24_ac s24_bc (not s25_ab) s25_ac s25_bc (not s26_ab) s26_ac
  s26_bc (not s27_ab) s27_ac s27_bc (not s28_ab) s28_ac s28_bc (not s29_ab) s29_ac s29_bc
  s30_ab s30_ac s30_bc s31_ab s31_ac s31_bc s32_ab s32_ac s32_bc s33_ab
  s33_ac s33_bc s34_ab s34_ac s34_bc s35_ab s35_ac s35_bc))
; voter 2 is not a dictator
(assert (or
  (not s0_ab) (not s0_ac) (not s0_bc) (not s1_ab) (not s1_ac) s1_bc s2_ab (not s2_ac) (not s2_bc) s3_ab
  s3_ac (not s3_bc) (not s4_ab) s4_ac s4_bc s5_ab s5_ac s5_bc (not s6_ab) (not s6_ac)
  (not s6_bc) (not s7_ab) (not s7_ac) s7_bc s8_ab (not s8_ac) (not s8_bc) s9_ab s9_ac (not s9_bc)
  (not s10_ab) s10_ac s10_bc s11_ab s11_ac s11_bc (not s12_ab) (not s12_ac) (not s12_bc) (not s13_ab)
  (not s13_ac) s13_bc s14_ab (not s14_ac) (not s14_bc) s15_ab s15_ac (not s15_bc) (not s16_ab) s16_ac
  s16_bc s17_ab s17_ac s17_bc (not s18_ab) (not s18_ac) (not s18_bc) (not s19_ab) (not s19_ac) s19_bc
  s20_ab (not s20_ac) (not s20_bc) s21_ab s21_ac (not s21_bc) (not s22_ab) s22_ac s22_bc s23_ab
  s23_ac s23_bc (not s24_ab) (not s24_ac) (not s24_bc) (not s25_ab) (not s25_ac) s25_bc s26_ab (not s26_ac)
  (not s26_bc) s27_ab s27_ac (not s27_bc) (not s28_ab) s28_ac s28_bc s29_ab s29_ac s29_bc
  (not s30_ab) (not s30_ac) (not s30_bc) (not s31_ab) (not s31_ac) s31_bc s32_ab (not s32_ac) (not s32_bc) s33_ab
  s33_ac (not s33_bc) (not s34_ab) s34_ac s34_bc s35_ab s35_ac s35_bc))
