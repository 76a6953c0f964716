-- 契約保証予約からの切替: a CONTRACT line may name the 保証契約番号 of the contractor's bid bond for the same tender
ALTER TABLE application_line ADD COLUMN bid_bond_contract_number TEXT;
CREATE INDEX application_line_bid_bond ON application_line (bid_bond_contract_number)
    WHERE bid_bond_contract_number IS NOT NULL;
