import Foundation
import RepoCheckCore
import RepoCheckReports
import Testing

/// `findings.csv` must open cleanly in Excel: BOM, CRLF, RFC 4180 quoting, and no cell run as a formula.
@Suite struct CSVReportTests {
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("the file starts with the UTF-8 byte-order mark and the header row, ended by CRLF")
    func header() {
        let header = CSVReport.header
        #expect(Array(header.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.text(Array(header.dropFirst(3))) == CSVReport.columns.joined(separator: ",") + "\r\n")
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let note: String
        let cell: String
        let written: String
        var testDescription: String { note }
    }

    @Test(
        "cells are quoted as RFC 4180 says and formulas are neutralised",
        arguments: [
            Row(note: "plain text stays as it is", cell: "ca.veh.28.police-notice", written: "ca.veh.28.police-notice"),
            Row(note: "a comma is quoted", cell: "Cal. Civ. Code § 2983.2(a), (a)(1)", written: "\"Cal. Civ. Code § 2983.2(a), (a)(1)\""),
            Row(note: "a quote is doubled inside quotes", cell: "the \"NOTICE\" item", written: "\"the \"\"NOTICE\"\" item\""),
            Row(note: "a line feed is quoted", cell: "one\ntwo", written: "\"one\ntwo\""),
            Row(note: "a carriage return is quoted", cell: "one\rtwo", written: "\"one\rtwo\""),
            Row(note: "a CRLF is quoted", cell: "one\r\ntwo", written: "\"one\r\ntwo\""),
            Row(note: "= starts a formula", cell: "=HYPERLINK(\"x\")", written: "\"'=HYPERLINK(\"\"x\"\")\""),
            Row(note: "+ starts a formula", cell: "+1+1", written: "'+1+1"),
            Row(note: "- starts a formula", cell: "-2+3", written: "'-2+3"),
            Row(note: "@ starts a formula", cell: "@SUM(A1)", written: "'@SUM(A1)"),
            Row(note: "a leading tab is neutralised", cell: "\t=1", written: "'\t=1"),
            Row(note: "a formula character later in the cell is fine", cell: "a=b", written: "a=b"),
            Row(note: "an empty cell stays empty", cell: "", written: ""),
            Row(note: "non-ASCII text is UTF-8", cell: "§ 7507.9 — día", written: "§ 7507.9 — día"),
        ])
    func quoting(row: Row) {
        let bytes = CSVReport.rows([[row.cell, "next"]])
        #expect(Self.text(bytes) == row.written + ",next\r\n")
    }

    @Test("every row ends in CRLF, so chunks of rows concatenate into one file")
    func rowEnds() {
        let bytes = CSVReport.rows([["a", "b"], ["c", "d\ne"]])
        #expect(Self.text(bytes) == "a,b\r\nc,\"d\ne\"\r\n")
        #expect(CSVReport.rows([]).isEmpty)
    }

    @Test("one row per finding, with the evidence events' types and times, and nothing from the parties")
    func findingRows() throws {
        let report = try JSONDecoder().decode(Report.self, from: Data(ReportFixtures.lateSale.utf8))
        let bytes = CSVReport.rows(report, case: ReportFixtures.testCase, agency: "rag-0846")
        let lines = Self.text(bytes).components(separatedBy: "\r\n")
        #expect(lines.count == 3)  // two rows and the empty string after the last CRLF
        #expect(lines[0].hasPrefix("CA-2025-000900,rag-0846,ca.civ.2983.2.sale-wait,violation,high,"))
        #expect(lines[0].contains("#0 notice_sent 2025-03-20T00:00:00-07:00; #1 vehicle_sold 2025-03-31T10:00:00-07:00"))
        #expect(lines[1].contains(",'-5 days before the period ended,"))  // a cell starting with - is neutralised
        #expect(!Self.text(bytes).contains("Jordan"))
    }
}
