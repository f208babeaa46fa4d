extension Phrase {
    /// Every phrase a diagnostic, an error or the executable words for people (in the order of
    /// ``english`` and ``indonesian``; `PhraseCatalogueTests` fails when one lacks a key).
    public enum Key: String, CaseIterable, Sendable {
        case verbatim, decimalMark, verbatimPair, either, list, listAndMore, inFile, onLine, isEmpty, notWholeNumber
        case notWholeNumberOf, mustBeAboveZero, quantityInOtherUnit, percentOutside, notPercentage, amountNegative
        case notAmount, amountAmbiguous, amountTooLarge, amountWordsAccepted, notAmountWords, amountAmbiguousM
        case amountAmbiguousDots, amountAmbiguousComma, amountFinerThanSen, categoryUnknown, programUnknown
        case scaleUnknown, notYesNo, notDate, notRealDate, nibDigits, npwpDigits, regionCodeForm, notProvinceCode
        case notRegencyCode, regionAmbiguous, regionAccepted, regionIsProvince, regionNameUnknown, didYouMeanRegion
        case certificateAccepted, certificateNoType, certificateNumberOnly, certificateTypeTooLong
        case certificateTypeNeeded, notFiscalYear, delimiterUnknown, encodingUnknown, lkppNotAmount
        case lkppTooManyDecimals, lkppAboveMaximum, lkppNotDate, lkppNotFiscalYear, requiredEmpty, cellRefused
        case budgetZero, neededByOtherYear, rowFieldCount, moreErrorsNotShown, duplicateKey, nibNotInDirectory
        case spendNIBNotInDirectory, ledgerConflict, alreadyInDatabase, opdCodeOneEdit, columnTwice, missingColumn
        case orAliases, unknownColumnNearMiss, unknownColumnIgnored, didYouMeanParenthesised, ignoredColumn
        case ignoredColumnNearMiss, unknownColumnsIgnored, noHeaderRow, headerRejected, rowsRejected, fileRejected
        case noTemporaryFile, csvOptionsOnWorkbook, sheetOnCSV, noSuchFile, fileIsDirectory, cannotOpen, readError
        case fileEmpty, notUTF8, fileUTF16, fileZIP, fileXLS, fileSQLite, fileBinary, nulByte, afterClosingQuote
        case strayQuote, recordTooLong, recordTooLongQuoted, tooManyFields, unterminatedQuote, noSuchDatabase
        case databaseIsDirectory, cannotCreateDatabase, databaseBusy, notADatabase, cannotOpenDatabase
        case databaseReadOnly, diskFull, databaseCorrupt, databaseError, outputIsDirectory, cannotCreateFile
        case writeFailed, cannotReplace, noSuchOPD, didYouMeanQuoted, databaseHoldsNoOPD, knownCodes, scopeOPD
        case scopeFiscalYear, noNeedsAtAll, noNeedsInScope, noSpendInPeriod, noSpendInPeriodForOPD, noSpendRecorded
        case importSpendFirst, yearsWithSpend, failUnderUnknownOPD, failUnderNoSpend, failUnderBelow, noSuchNeed
        case describeNoCategory, staleSupplier, neverVerified, unlinkedSpend, inactiveWithCatalog, pirtExpired
        case pirtRegion, loneCertificateType, typoOf, subjectSupplier, subjectProduct, subjectNeed
        case awardedWithoutValue, undeclaredUMK, opdNotInMaster, lkppRejected, lkppNotProfile, lkppUnknownExport
        case lkppKeyTwice, severityError, severityWarning, severityNote, helpNoCommand, integrityFailed
        case importProgress, importCounts, importCountsAmended, importDryRun, importNoChanges, importDone, lkppDryRun
        case lkppNoChanges, lkppImported, flagFiredOften, siteBuilt, flagSplitting, flagReserved, flagPurchases
        case flagConcentration, flagRelated, flagDeclaredUMK, flagDeclaredNoUMK, htmlReportsOnly, xlsxComplianceOnly
        case xlsxNeedsFile, programTargetForm, quarterRange, stagePlannedAlone, programTargetNeedsBy, describeOnly
        case describeScoped, describeNoWords, describeMissing, flagsThresholdsRange, lkppOptions, lkppSource
        case lkppNeedsFile, importKindUnknown, importOneFile, sourceLKPPOnly, rejectsNeedsSkip, amendSpendOnly
        case topAtLeastOne, templateKindUnknown, templateXLSXFile, pair, contactPhone, contactEmail, contactNPWP
        case thousandsMark, lkppRecords, lkppWithValue, lkppAwardedWithout, lkppOPDs, lkppBudgetRows, lkppNeeds
        case lkppCountedSpend, lkppRepeats, lkppFileLine
        case workbookCannotOpen, workbookNotZIP, workbookIsODS, workbookNotXLSX, workbookNoSheet, workbookNoSuchSheet
        case workbookSheetMissing, workbookPartMissing, workbookPartNotInflated, workbookPartNotInflatedWhy
        case workbookPartNotXMLNear, workbookPartNotXML, workbookCannotCreate, workbookWriteFailed, workbookReadBack
        case siteEmptyDirectory, siteNoSupplierInRegion, siteNotFolder, siteNotOurs, siteCannotWrite
        case cellBeyondXFD, cellSharedStringMissing
    }
}
