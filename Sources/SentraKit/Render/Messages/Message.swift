/// Every text a person reads from sentra's people formats, by key: each language's catalogue
/// (``ReportLanguage/catalogue``) words every key, with `{1}`, `{2}`… for the figures
/// (`MessageCatalogueTests` fails when a key or a placeholder is missing in one of them).
public enum Message: String, CaseIterable, Sendable {
    // match: the need line, candidates and the summary
    case needLine, needLineAsked, needBy, needCerts, noCandidate, candidateLine, score, matchSummary
    // match: reasons
    case reasonTextFit, reasonContext, reasonNoSharedTerms, reasonSameRegency, reasonSameCity, reasonSameProvince
    case reasonOutsideProvince, reasonPrice, reasonPriceExact, reasonTKDN, reasonTKDNUnknown, reasonCertificates
    case reasonCapacity, reasonCapacityUnknown, reasonLeadTime, reasonSpreading, reasonCountsUMKK, reasonNotUMKK
    // match: unmatched reasons
    case unmatchedNotIKM, unmatchedNoSupplier, unmatchedNoCandidate, unmatchedNearest, unmatchedIrrelevant
    case unmatchedNoProductNamed, unmatchedMissing
    case excludedInactive, excludedLarge, excludedCategory, excludedCertificates, excludedBudget
    case excludedDeadline, excludedLeadTime, excludedCapacity, excludedDeliveryArea
    case missInactive, missLarge, missCategory, missCertificates, missBudget, missDeadline, missLeadTime
    case missCapacity, missDeliveryArea, missDeliveryAreaUnplaced
    // match: table columns
    case colNeed, colOPD, colRank, colNIB, colSupplier, colSKU, colProduct, colUnitPrice, colTotal, colScore
    case colRegion, colReasons, colUnmatched
    // suppliers
    case colName, colScale, colSentra, colCertificates, colActive, colProducts, colPhone, colEmail, colPrice
    case colCapacity, yes, no, suppliersSummary
    // flags
    case colFlag, colSubject, colAmount, colRows, colDetail, flagsThresholds, flagsSummary
    // check
    case colSeverity, colCheck, colMessage, checkNone, checkSummary
    // history
    case colImportID, colSHA256, colImportedAt, colKind, colFile, colAdded, colUpdated, colUnchanged, colRejected
    case colAmended, historyAmended, historyAmendment
    // plan
    case colMonth, colQuantity, colUnassigned, colRealized, colProjected, colTarget, colMet, colPlanned
    case colHHIBefore, colHHIAfter, met, below, planCovered
    case planNoEligible, planOnlyNotCounting, planCapacity, planSupplierShare, planUnassignedTitle
    // report compliance
    case complianceTitle, complianceNoSpend, complianceOf, complianceGap, complianceBudgetShare, complianceProjected
    case complianceSummary
    case colPeriod, colTotalSpend, colCountedSpend, colShare, colGap, colGrade, colBudgetGoods, colBudgetShare
    case footerAsOf, footerFilters, footerNoFilters, footerSource
    // match: the reservation for small enterprises (Perpres 16/2018 jo. 12/2021 Pasal 65 ayat 4)
    case reasonReserved
}
