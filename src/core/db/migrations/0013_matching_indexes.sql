-- Matching ranks every household for a referral (src/features/matching/candidate-store.ts). For the
-- households that pass the cheap rules it reads their members, their children and their carers'
-- courses one household at a time; these covering indexes let each of those reads come from the
-- index alone, without visiting the table. Measured in bench/matching/RESULTS.md.

-- A household's members with what matching needs: who cares, and the ages of their own children.
CREATE INDEX household_members_matching ON household_members (household_id)
  INCLUDE (id, member_role, date_of_birth);

-- Every child a household has cared for, now or before, without a visit to the table.
CREATE INDEX placements_household_children ON placements (household_id)
  INCLUDE (child_id, ended_on);

-- The carers who completed one course: matching starts from the few courses that prepare for a
-- child's needs.
CREATE INDEX training_completions_course ON training_completions (course_id) INCLUDE (carer_id);
