-- the contractor register's JV memberships (共同企業体): [{name, representative}] as JSON, maintained by surety_admin
ALTER TABLE contractor ADD COLUMN joint_ventures TEXT NOT NULL DEFAULT '[]';
