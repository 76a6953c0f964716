-- 契約保証予約 → 契約保証: the contract guarantee names the bid bond it converts (once); the bid bond keeps its conversion
ALTER TABLE guarantee_contract ADD COLUMN bid_bond_contract_number TEXT REFERENCES guarantee_contract (contract_number);
ALTER TABLE guarantee_contract ADD COLUMN converted_to_contract_number TEXT;
ALTER TABLE guarantee_contract ADD COLUMN converted_at TIMESTAMPTZ;
CREATE UNIQUE INDEX guarantee_contract_bid_bond_converted_once
    ON guarantee_contract (bid_bond_contract_number) WHERE bid_bond_contract_number IS NOT NULL;
