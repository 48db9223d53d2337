/**
 * Royalties (nhuận bút, thù lao) for what a unit's portal publishes (REQUIREMENTS §2; BNV Art. 4.3đ, 4.6h, 4.6l,
 * Art. 8; MIC Art. 16; VP Art. 16). The national frame is Decree 18/2014/NĐ-CP on royalties: an amount is a
 * coefficient (hệ số) per kind of work times the value of one coefficient unit (giá trị một đơn vị hệ số, a share of
 * the base salary — mức lương cơ sở), both set by the board and both dated.
 * <ul>
 *   <li>{@link vn.cong.royalty.RoyaltyRates}: the board's coefficients per (content type × {@link
 *       vn.cong.royalty.ContributionKind}) and its base value, each a dated version ({@link
 *       vn.cong.royalty.RoyaltySchedule} answers "what was in force on that day");</li>
 *   <li>{@link vn.cong.royalty.ItemContributions}: who contributed what to an item — defaults from the workflow,
 *       set by the secretariat before publication;</li>
 *   <li>{@link vn.cong.royalty.RoyaltyLedger}: the lines written in the transaction that publishes an item (once
 *       per item, whatever happens to it later) and the secretariat's adjustment lines;</li>
 *   <li>{@link vn.cong.royalty.RoyaltySheets}: the monthly sheet per unit, DRAFT → SUBMITTED → APPROVED → LOCKED,
 *       who may move it ({@link vn.cong.royalty.RoyaltyPolicy}), and its XLSX ({@link
 *       vn.cong.royalty.RoyaltySheetWorkbook}).</li>
 * </ul>
 */
package vn.cong.royalty;
