-- National working calendar: the government's yearly official schedule on top of the Labor Code's holidays
-- (vn.cong.calendar). Platform data, not tenant-owned: the calendar is the same for every unit.
--   kind HOLIDAY      an official day of Tết or National Day (Labor Code 2019 Art. 112(3)); the official days
--                     of a holiday in a year replace its default days in that year
--   kind DAY_OFF      a compensatory (nghỉ bù) or swapped (nghỉ hoán đổi) day off
--   kind WORKING_DAY  a Saturday worked in exchange (làm bù)
-- Seeded ids stay below 1000, where the id_gen table never allocates.

CREATE TABLE calendar_adjustment (
  id             BIGINT       NOT NULL PRIMARY KEY,
  calendar_date  DATE         NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  holiday        VARCHAR(32),
  name_vi        VARCHAR(255) NOT NULL,
  name_en        VARCHAR(255) NOT NULL,
  legal_basis    VARCHAR(500) NOT NULL,
  created_by     VARCHAR(128) NOT NULL,
  created_at     ${datetime}  NOT NULL,
  version        BIGINT       NOT NULL,
  CONSTRAINT uq_calendar_adjustment_date UNIQUE (calendar_date)
) ${table_options};

-- 2025. Tết Ất Tỵ: Văn bản 8726/VPCP-KGVX ngày 26/11/2024 (the Prime Minister approves the plan of the Ministry
-- of Labour, Invalids and Social Affairs): five Tết days Monday 27 to Friday 31 January (28 tháng Chạp – mùng 3),
-- nine days off with the weekends 25 January – 2 February (reported by SGGP, 27/11/2024).
-- 30/4–1/5: Friday 2 May swapped with Saturday 26 April, five days off 30 April – 4 May (TTXVN/VietnamPlus).
-- National Day: Monday 1 and Tuesday 2 September, four days off 30 August – 2 September (press reports).
INSERT INTO calendar_adjustment (id, calendar_date, kind, holiday, name_vi, name_en, legal_basis, created_by, created_at, version) VALUES
 (101, DATE '2025-01-27', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (102, DATE '2025-01-28', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (103, DATE '2025-01-29', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (104, DATE '2025-01-30', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (105, DATE '2025-01-31', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (106, DATE '2025-04-26', 'WORKING_DAY', NULL, 'Làm bù cho thứ Sáu 02/5/2025', 'Working day in exchange for Friday 2 May 2025', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (107, DATE '2025-05-02', 'DAY_OFF', NULL, 'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)', 'Day off swapped for Saturday 26 April 2025 (30 April – 1 May break)', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (108, DATE '2025-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh', 'National Day', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0),
 (109, DATE '2025-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh', 'National Day', 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024', 'flyway', CURRENT_TIMESTAMP, 0);

-- 2026. New Year: Friday 2 January swapped with Saturday 10 January, four days off 1–4 January
-- (Văn bản 12729/VPCP-KGVX ngày 25/12/2025, the Deputy Prime Minister approves the Ministry of Home Affairs'
-- proposal; press reports).
-- Tết Bính Ngọ and National Day: Thông báo 9441/TB-BNV ngày 16/10/2025 of the Ministry of Home Affairs (the Prime
-- Minister's decision): five Tết days Monday 16 to Friday 20 February (29 tháng Chạp – mùng 4), nine days off
-- 14–22 February; National Day Tuesday 1 and Wednesday 2 September, Monday 31 August swapped with Saturday
-- 22 August, five days off 29 August – 2 September.
-- Hùng Kings' day falls on Sunday 26 April: compensatory day Monday 27 April (Labor Code 2019 Art. 111(3);
-- Thanh Niên, 23/02/2026).
INSERT INTO calendar_adjustment (id, calendar_date, kind, holiday, name_vi, name_en, legal_basis, created_by, created_at, version) VALUES
 (110, DATE '2026-01-02', 'DAY_OFF', NULL, 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Day off swapped for Saturday 10 January 2026 (New Year break)', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (111, DATE '2026-01-10', 'WORKING_DAY', NULL, 'Làm bù cho thứ Sáu 02/01/2026', 'Working day in exchange for Friday 2 January 2026', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (112, DATE '2026-02-16', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (113, DATE '2026-02-17', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (114, DATE '2026-02-18', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (115, DATE '2026-02-19', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (116, DATE '2026-02-20', 'HOLIDAY', 'TET', 'Tết Nguyên đán', 'Lunar New Year (Tết)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (117, DATE '2026-04-27', 'DAY_OFF', NULL, 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/4/2026)', 'Compensatory day off for Hùng Kings'' Commemoration (Sunday 26 April 2026)', 'Bộ luật Lao động 2019, Điều 111 khoản 3', 'flyway', CURRENT_TIMESTAMP, 0),
 (118, DATE '2026-08-22', 'WORKING_DAY', NULL, 'Làm bù cho thứ Hai 31/8/2026', 'Working day in exchange for Monday 31 August 2026', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (119, DATE '2026-08-31', 'DAY_OFF', NULL, 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)', 'Day off swapped for Saturday 22 August 2026 (National Day break)', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (120, DATE '2026-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh', 'National Day', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0),
 (121, DATE '2026-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh', 'National Day', 'Thông báo 9441/TB-BNV ngày 16/10/2025', 'flyway', CURRENT_TIMESTAMP, 0);
