; id: sen-liberal-paradox
; family: social-choice
; statement: With 2 individuals and 3 alternatives x, y, z, no social decision function on the full domain of strict rankings yields an acyclic social strict preference at every profile while satisfying weak Pareto and minimal liberalism (individual 1 decisive over {x,y}, individual 2 decisive over {y,z}).
; source: A. Sen, The impossibility of a Paretian liberal, Journal of Political Economy 78 (1970)
; expected: proved
; encoding: six Booleans per profile (36 profiles) for the social strict preference; the negation asserts asymmetry, no 3-cycles, Pareto and both decisiveness conditions at every profile.
; Two individuals rank x, y, z strictly (best first); profile k (0..35) is listed below.
; q<k>_uv is true iff society strictly prefers u to v at profile k.
; profile 0: xyz xyz
(declare-const q0_xy Bool) (declare-const q0_xz Bool) (declare-const q0_yx Bool) (declare-const q0_yz Bool) (declare-const q0_zx Bool) (declare-const q0_zy Bool)
; profile 1: xyz xzy
(declare-const q1_xy Bool) (declare-const q1_xz Bool) (declare-const q1_yx Bool) (declare-const q1_yz Bool) (declare-const q1_zx Bool) (declare-const q1_zy Bool)
; profile 2: xyz yxz
(declare-const q2_xy Bool) (declare-const q2_xz Bool) (declare-const q2_yx Bool) (declare-const q2_yz Bool) (declare-const q2_zx Bool) (declare-const q2_zy Bool)
; profile 3: xyz yzx
(declare-const q3_xy Bool) (declare-const q3_xz Bool) (declare-const q3_yx Bool) (declare-const q3_yz Bool) (declare-const q3_zx Bool) (declare-const q3_zy Bool)
; profile 4: xyz zxy
(declare-const q4_xy Bool) (declare-const q4_xz Bool) (declare-const q4_yx Bool) (declare-const q4_yz Bool) (declare-const q4_zx Bool) (declare-const q4_zy Bool)
; profile 5: xyz zyx
(declare-const q5_xy Bool) (declare-const q5_xz Bool) (declare-const q5_yx Bool) (declare-const q5_yz Bool) (declare-const q5_zx Bool) (declare-const q5_zy Bool)
; profile 6: xzy xyz
(declare-const q6_xy Bool) (declare-const q6_xz Bool) (declare-const q6_yx Bool) (declare-const q6_yz Bool) (declare-const q6_zx Bool) (declare-const q6_zy Bool)
; profile 7: xzy xzy
(declare-const q7_xy Bool) (declare-const q7_xz Bool) (declare-const q7_yx Bool) (declare-const q7_yz Bool) (declare-const q7_zx Bool) (declare-const q7_zy Bool)
; profile 8: xzy yxz
(declare-const q8_xy Bool) (declare-const q8_xz Bool) (declare-const q8_yx Bool) (declare-const q8_yz Bool) (declare-const q8_zx Bool) (declare-const q8_zy Bool)
; profile 9: xzy yzx
(declare-const q9_xy Bool) (declare-const q9_xz Bool) (declare-const q9_yx Bool) (declare-const q9_yz Bool) (declare-const q9_zx Bool) (declare-const q9_zy Bool)
; profile 10: xzy zxy
(declare-const q10_xy Bool) (declare-const q10_xz Bool) (declare-const q10_yx Bool) (declare-const q10_yz Bool) (declare-const q10_zx Bool) (declare-const q10_zy Bool)
; profile 11: xzy zyx
(declare-const q11_xy Bool) (declare-const q11_xz Bool) (declare-const q11_yx Bool) (declare-const q11_yz Bool) (declare-const q11_zx Bool) (declare-const q11_zy Bool)
; profile 12: yxz xyz
(declare-const q12_xy Bool) (declare-const q12_xz Bool) (declare-const q12_yx Bool) (declare-const q12_yz Bool) (declare-const q12_zx Bool) (declare-const q12_zy Bool)
; profile 13: yxz xzy
(declare-const q13_xy Bool) (declare-const q13_xz Bool) (declare-const q13_yx Bool) (declare-const q13_yz Bool) (declare-const q13_zx Bool) (declare-const q13_zy Bool)
; profile 14: yxz yxz
(declare-const q14_xy Bool) (declare-const q14_xz Bool) (declare-const q14_yx Bool) (declare-const q14_yz Bool) (declare-const q14_zx Bool) (declare-const q14_zy Bool)
; profile 15: yxz yzx
(declare-const q15_xy Bool) (declare-const q15_xz Bool) (declare-const q15_yx Bool) (declare-const q15_yz Bool) (declare-const q15_zx Bool) (declare-const q15_zy Bool)
; profile 16: yxz zxy
(declare-const q16_xy Bool) (declare-const q16_xz Bool) (declare-const q16_yx Bool) (declare-const q16_yz Bool) (declare-const q16_zx Bool) (declare-const q16_zy Bool)
; profile 17: yxz zyx
(declare-const q17_xy Bool) (declare-const q17_xz Bool) (declare-const q17_yx Bool) (declare-const q17_yz Bool) (declare-const q17_zx Bool) (declare-const q17_zy Bool)
; profile 18: yzx xyz
(declare-const q18_xy Bool) (declare-const q18_xz Bool) (declare-const q18_yx Bool) (declare-const q18_yz Bool) (declare-const q18_zx Bool) (declare-const q18_zy Bool)
; profile 19: yzx xzy
(declare-const q19_xy Bool) (declare-const q19_xz Bool) (declare-const q19_yx Bool) (declare-const q19_yz Bool) (declare-const q19_zx Bool) (declare-const q19_zy Bool)
; profile 20: yzx yxz
(declare-const q20_xy Bool) (declare-const q20_xz Bool) (declare-const q20_yx Bool) (declare-const q20_yz Bool) (declare-const q20_zx Bool) (declare-const q20_zy Bool)
; profile 21: yzx yzx
(declare-const q21_xy Bool) (declare-const q21_xz Bool) (declare-const q21_yx Bool) (declare-const q21_yz Bool) (declare-const q21_zx Bool) (declare-const q21_zy Bool)
; profile 22: yzx zxy
(declare-const q22_xy Bool) (declare-const q22_xz Bool) (declare-const q22_yx Bool) (declare-const q22_yz Bool) (declare-const q22_zx Bool) (declare-const q22_zy Bool)
; profile 23: yzx zyx
(declare-const q23_xy Bool) (declare-const q23_xz Bool) (declare-const q23_yx Bool) (declare-const q23_yz Bool) (declare-const q23_zx Bool) (declare-const q23_zy Bool)
; profile 24: zxy xyz
(declare-const q24_xy Bool) (declare-const q24_xz Bool) (declare-const q24_yx Bool) (declare-const q24_yz Bool) (declare-const q24_zx Bool) (declare-const q24_zy Bool)
; profile 25: zxy xzy
(declare-const q25_xy Bool) (declare-const q25_xz Bool) (declare-const q25_yx Bool) (declare-const q25_yz Bool) (declare-const q25_zx Bool) (declare-const q25_zy Bool)
; profile 26: zxy yxz
(declare-const q26_xy Bool) (declare-const q26_xz Bool) (declare-const q26_yx Bool) (declare-const q26_yz Bool) (declare-const q26_zx Bool) (declare-const q26_zy Bool)
; profile 27: zxy yzx
(declare-const q27_xy Bool) (declare-const q27_xz Bool) (declare-const q27_yx Bool) (declare-const q27_yz Bool) (declare-const q27_zx Bool) (declare-const q27_zy Bool)
; profile 28: zxy zxy
(declare-const q28_xy Bool) (declare-const q28_xz Bool) (declare-const q28_yx Bool) (declare-const q28_yz Bool) (declare-const q28_zx Bool) (declare-const q28_zy Bool)
; profile 29: zxy zyx
(declare-const q29_xy Bool) (declare-const q29_xz Bool) (declare-const q29_yx Bool) (declare-const q29_yz Bool) (declare-const q29_zx Bool) (declare-const q29_zy Bool)
; profile 30: zyx xyz
(declare-const q30_xy Bool) (declare-const q30_xz Bool) (declare-const q30_yx Bool) (declare-const q30_yz Bool) (declare-const q30_zx Bool) (declare-const q30_zy Bool)
; profile 31: zyx xzy
(declare-const q31_xy Bool) (declare-const q31_xz Bool) (declare-const q31_yx Bool) (declare-const q31_yz Bool) (declare-const q31_zx Bool) (declare-const q31_zy Bool)
; profile 32: zyx yxz
(declare-const q32_xy Bool) (declare-const q32_xz Bool) (declare-const q32_yx Bool) (declare-const q32_yz Bool) (declare-const q32_zx Bool) (declare-const q32_zy Bool)
; profile 33: zyx yzx
(declare-const q33_xy Bool) (declare-const q33_xz Bool) (declare-const q33_yx Bool) (declare-const q33_yz Bool) (declare-const q33_zx Bool) (declare-const q33_zy Bool)
; profile 34: zyx zxy
(declare-const q34_xy Bool) (declare-const q34_xz Bool) (declare-const q34_yx Bool) (declare-const q34_yz Bool) (declare-const q34_zx Bool) (declare-const q34_zy Bool)
; profile 35: zyx zyx
(declare-const q35_xy Bool) (declare-const q35_xz Bool) (declare-const q35_yx Bool) (declare-const q35_yz Bool) (declare-const q35_zx Bool) (declare-const q35_zy Bool)
; the social strict preference is asymmetric and acyclic, so every subset has a best element
(assert (and (not (and q0_xy q0_yx)) (not (and q0_xz q0_zx)) (not (and q0_yz q0_zy))
             (not (and q0_xy q0_yz q0_zx)) (not (and q0_xz q0_zy q0_yx))))
(assert (and (not (and q1_xy q1_yx)) (not (and q1_xz q1_zx)) (not (and q1_yz q1_zy))
             (not (and q1_xy q1_yz q1_zx)) (not (and q1_xz q1_zy q1_yx))))
(assert (and (not (and q2_xy q2_yx)) (not (and q2_xz q2_zx)) (not (and q2_yz q2_zy))
             (not (and q2_xy q2_yz q2_zx)) (not (and q2_xz q2_zy q2_yx))))
(assert (and (not (and q3_xy q3_yx)) (not (and q3_xz q3_zx)) (not (and q3_yz q3_zy))
             (not (and q3_xy q3_yz q3_zx)) (not (and q3_xz q3_zy q3_yx))))
(assert (and (not (and q4_xy q4_yx)) (not (and q4_xz q4_zx)) (not (and q4_yz q4_zy))
             (not (and q4_xy q4_yz q4_zx)) (not (and q4_xz q4_zy q4_yx))))
(assert (and (not (and q5_xy q5_yx)) (not (and q5_xz q5_zx)) (not (and q5_yz q5_zy))
             (not (and q5_xy q5_yz q5_zx)) (not (and q5_xz q5_zy q5_yx))))
(assert (and (not (and q6_xy q6_yx)) (not (and q6_xz q6_zx)) (not (and q6_yz q6_zy))
             (not (and q6_xy q6_yz q6_zx)) (not (and q6_xz q6_zy q6_yx))))
(assert (and (not (and q7_xy q7_yx)) (not (and q7_xz q7_zx)) (not (and q7_yz q7_zy))
             (not (and q7_xy q7_yz q7_zx)) (not (and q7_xz q7_zy q7_yx))))
(assert (and (not (and q8_xy q8_yx)) (not (and q8_xz q8_zx)) (not (and q8_yz q8_zy))
             (not (and q8_xy q8_yz q8_zx)) (not (and q8_xz q8_zy q8_yx))))
(assert (and (not (and q9_xy q9_yx)) (not (and q9_xz q9_zx)) (not (and q9_yz q9_zy))
             (not (and q9_xy q9_yz q9_zx)) (not (and q9_xz q9_zy q9_yx))))
(assert (and (not (and q10_xy q10_yx)) (not (and q10_xz q10_zx)) (not (and q10_yz q10_zy))
             (not (and q10_xy q10_yz q10_zx)) (not (and q10_xz q10_zy q10_yx))))
(assert (and (not (and q11_xy q11_yx)) (not (and q11_xz q11_zx)) (not (and q11_yz q11_zy))
             (not (and q11_xy q11_yz q11_zx)) (not (and q11_xz q11_zy q11_yx))))
(assert (and (not (and q12_xy q12_yx)) (not (and q12_xz q12_zx)) (not (and q12_yz q12_zy))
             (not (and q12_xy q12_yz q12_zx)) (not (and q12_xz q12_zy q12_yx))))
(assert (and (not (and q13_xy q13_yx)) (not (and q13_xz q13_zx)) (not (and q13_yz q13_zy))
             (not (and q13_xy q13_yz q13_zx)) (not (and q13_xz q13_zy q13_yx))))
(assert (and (not (and q14_xy q14_yx)) (not (and q14_xz q14_zx)) (not (and q14_yz q14_zy))
             (not (and q14_xy q14_yz q14_zx)) (not (and q14_xz q14_zy q14_yx))))
(assert (and (not (and q15_xy q15_yx)) (not (and q15_xz q15_zx)) (not (and q15_yz q15_zy))
             (not (and q15_xy q15_yz q15_zx)) (not (and q15_xz q15_zy q15_yx))))
(assert (and (not (and q16_xy q16_yx)) (not (and q16_xz q16_zx)) (not (and q16_yz q16_zy))
             (not (and q16_xy q16_yz q16_zx)) (not (and q16_xz q16_zy q16_yx))))
(assert (and (not (and q17_xy q17_yx)) (not (and q17_xz q17_zx)) (not (and q17_yz q17_zy))
             (not (and q17_xy q17_yz q17_zx)) (not (and q17_xz q17_zy q17_yx))))
(assert (and (not (and q18_xy q18_yx)) (not (and q18_xz q18_zx)) (not (and q18_yz q18_zy))
             (not (and q18_xy q18_yz q18_zx)) (not (and q18_xz q18_zy q18_yx))))
(assert (and (not (and q19_xy q19_yx)) (not (and q19_xz q19_zx)) (not (and q19_yz q19_zy))
             (not (and q19_xy q19_yz q19_zx)) (not (and q19_xz q19_zy q19_yx))))
(assert (and (not (and q20_xy q20_yx)) (not (and q20_xz q20_zx)) (not (and q20_yz q20_zy))
             (not (and q20_xy q20_yz q20_zx)) (not (and q20_xz q20_zy q20_yx))))
(assert (and (not (and q21_xy q21_yx)) (not (and q21_xz q21_zx)) (not (and q21_yz q21_zy))
             (not (and q21_xy q21_yz q21_zx)) (not (and q21_xz q21_zy q21_yx))))
(assert (and (not (and q22_xy q22_yx)) (not (and q22_xz q22_zx)) (not (and q22_yz q22_zy))
             (not (and q22_xy q22_yz q22_zx)) (not (and q22_xz q22_zy q22_yx))))
(assert (and (not (and q23_xy q23_yx)) (not (and q23_xz q23_zx)) (not (and q23_yz q23_zy))
             (not (and q23_xy q23_yz q23_zx)) (not (and q23_xz q23_zy q23_yx))))
(assert (and (not (and q24_xy q24_yx)) (not (and q24_xz q24_zx)) (not (and q24_yz q24_zy))
             (not (and q24_xy q24_yz q24_zx)) (not (and q24_xz q24_zy q24_yx))))
(assert (and (not (and q25_xy q25_yx)) (not (and q25_xz q25_zx)) (not (and q25_yz q25_zy))
             (not (and q25_xy q25_yz q25_zx)) (not (and q25_xz q25_zy q25_yx))))
(assert (and (not (and q26_xy q26_yx)) (not (and q26_xz q26_zx)) (not (and q26_yz q26_zy))
             (not (and q26_xy q26_yz q26_zx)) (not (and q26_xz q26_zy q26_yx))))
(assert (and (not (and q27_xy q27_yx)) (not (and q27_xz q27_zx)) (not (and q27_yz q27_zy))
             (not (and q27_xy q27_yz q27_zx)) (not (and q27_xz q27_zy q27_yx))))
(assert (and (not (and q28_xy q28_yx)) (not (and q28_xz q28_zx)) (not (and q28_yz q28_zy))
             (not (and q28_xy q28_yz q28_zx)) (not (and q28_xz q28_zy q28_yx))))
(assert (and (not (and q29_xy q29_yx)) (not (and q29_xz q29_zx)) (not (and q29_yz q29_zy))
             (not (and q29_xy q29_yz q29_zx)) (not (and q29_xz q29_zy q29_yx))))
(assert (and (not (and q30_xy q30_yx)) (not (and q30_xz q30_zx)) (not (and q30_yz q30_zy))
             (not (and q30_xy q30_yz q30_zx)) (not (and q30_xz q30_zy q30_yx))))
(assert (and (not (and q31_xy q31_yx)) (not (and q31_xz q31_zx)) (not (and q31_yz q31_zy))
             (not (and q31_xy q31_yz q31_zx)) (not (and q31_xz q31_zy q31_yx))))
(assert (and (not (and q32_xy q32_yx)) (not (and q32_xz q32_zx)) (not (and q32_yz q32_zy))
             (not (and q32_xy q32_yz q32_zx)) (not (and q32_xz q32_zy q32_yx))))
(assert (and (not (and q33_xy q33_yx)) (not (and q33_xz q33_zx)) (not (and q33_yz q33_zy))
             (not (and q33_xy q33_yz q33_zx)) (not (and q33_xz q33_zy q33_yx))))
(assert (and (not (and q34_xy q34_yx)) (not (and q34_xz q34_zx)) (not (and q34_yz q34_zy))
             (not (and q34_xy q34_yz q34_zx)) (not (and q34_xz q34_zy q34_yx))))
(assert (and (not (and q35_xy q35_yx)) (not (and q35_xz q35_zx)) (not (and q35_yz q35_zy))
             (not (and q35_xy q35_yz q35_zx)) (not (and q35_xz q35_zy q35_yx))))
; weak Pareto: if both strictly prefer u to v, so does society
(assert (and q0_xy q0_xz q0_yz))
(assert (and q1_xy q1_xz))
(assert (and q2_xz q2_yz))
(assert q3_yz)
(assert q4_xy)
(assert true)
(assert (and q6_xy q6_xz))
(assert (and q7_xy q7_xz q7_zy))
(assert q8_xz)
(assert true)
(assert (and q10_xy q10_zy))
(assert q11_zy)
(assert (and q12_xz q12_yz))
(assert q13_xz)
(assert (and q14_xz q14_yx q14_yz))
(assert (and q15_yx q15_yz))
(assert true)
(assert q17_yx)
(assert q18_yz)
(assert true)
(assert (and q20_yx q20_yz))
(assert (and q21_yx q21_yz q21_zx))
(assert q22_zx)
(assert (and q23_yx q23_zx))
(assert q24_xy)
(assert (and q25_xy q25_zy))
(assert true)
(assert q27_zx)
(assert (and q28_xy q28_zx q28_zy))
(assert (and q29_zx q29_zy))
(assert true)
(assert q31_zy)
(assert q32_yx)
(assert (and q33_yx q33_zx))
(assert (and q34_zx q34_zy))
(assert (and q35_yx q35_zx q35_zy))
; minimal liberalism: individual 1 is decisive over {x, y}, individual 2 over {y, z}, in both directions
(assert (and q0_xy q0_yz))
(assert (and q1_xy q1_zy))
(assert (and q2_xy q2_yz))
(assert (and q3_xy q3_yz))
(assert (and q4_xy q4_zy))
(assert (and q5_xy q5_zy))
(assert (and q6_xy q6_yz))
(assert (and q7_xy q7_zy))
(assert (and q8_xy q8_yz))
(assert (and q9_xy q9_yz))
(assert (and q10_xy q10_zy))
(assert (and q11_xy q11_zy))
(assert (and q12_yx q12_yz))
(assert (and q13_yx q13_zy))
(assert (and q14_yx q14_yz))
(assert (and q15_yx q15_yz))
(assert (and q16_yx q16_zy))
(assert (and q17_yx q17_zy))
(assert (and q18_yx q18_yz))
(assert (and q19_yx q19_zy))
(assert (and q20_yx q20_yz))
(assert (and q21_yx q21_yz))
(assert (and q22_yx q22_zy))
(assert (and q23_yx q23_zy))
(assert (and q24_xy q24_yz))
(assert (and q25_xy q25_zy))
(assert (and q26_xy q26_yz))
(assert (and q27_xy q27_yz))
(assert (and q28_xy q28_zy))
(assert (and q29_xy q29_zy))
(assert (and q30_yx q30_yz))
(assert (and q31_yx q31_zy))
(assert (and q32_yx q32_yz))
(assert (and q33_yx q33_yz))
(assert (and q34_yx q34_zy))
(assert (and q35_yx q35_zy))
