-- School holidays per region (Rijksoverheid's Noord, Midden, Zuid), kept up to date by the administrator.
-- Seeded with the school year 2026-2027: Christmas and May for every region, the others for Midden
-- (the demo's region); the administrator checks them and adds the other regions' dates.
CREATE TABLE school_holiday (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    region VARCHAR(10) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    INDEX ix_school_holiday_region (region, starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO school_holiday (name, region, starts_on, ends_on) VALUES
    ('Herfstvakantie', 'MIDDEN', '2026-10-17', '2026-10-25'),
    ('Kerstvakantie', 'NOORD', '2026-12-19', '2027-01-03'),
    ('Kerstvakantie', 'MIDDEN', '2026-12-19', '2027-01-03'),
    ('Kerstvakantie', 'ZUID', '2026-12-19', '2027-01-03'),
    ('Voorjaarsvakantie', 'MIDDEN', '2027-02-20', '2027-02-28'),
    ('Meivakantie', 'NOORD', '2027-04-24', '2027-05-02'),
    ('Meivakantie', 'MIDDEN', '2027-04-24', '2027-05-02'),
    ('Meivakantie', 'ZUID', '2027-04-24', '2027-05-02'),
    ('Zomervakantie', 'MIDDEN', '2027-07-17', '2027-08-29');
