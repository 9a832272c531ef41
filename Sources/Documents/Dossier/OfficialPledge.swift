import Emulation

/// The emulation pledge (giao ước thi đua) in the state's format: its tasks, drives, each unit's
/// models and titles, and the signature table every member's leader signs.
extension OfficialContext {
    public func pledge(of snapshot: YearSnapshot) -> OfficialDocument {
        let pledge = snapshot.pledge
        let year = snapshot.reference.year
        var body: [OfficialDocument.Block] = []
        if let date = pledge.date { body.append(.paragraph(words.pledgeSignedOn(date.vietnamese, pledge.place))) }
        if !pledge.slogan.isEmpty { body.append(.paragraph(words.pledgeSlogan(pledge.slogan))) }
        body.append(.section(official.pledgeTasks))
        for (number, task) in pledge.tasks.enumerated() { body.append(.item("\(number + 1). \(task)")) }
        body.append(.section(official.pledgeDrives))
        for (number, drive) in pledge.drives.enumerated() {
            let dates = [drive.start?.vietnamese, drive.end?.vietnamese].compactMap { $0 }.joined(separator: " – ")
            body.append(.item("\(number + 1). \(drive.name)" + (dates.isEmpty ? "" : " (\(dates))")))
        }
        body.append(.section(official.pledgeModels))
        let models = snapshot.units.enumerated().map { index, unit -> [String] in
            let titles = (pledge.registrations[unit.id] ?? []).sorted().map { code in snapshot.rules.award(code: code).map(awardName) ?? code }
            return [String(index + 1), unit.name, (pledge.models[unit.id] ?? []).joined(separator: "; "), titles.joined(separator: "; ")]
        }
        body.append(.table(TextTable(header: [official.columnNumber, official.columnUnit, official.columnModels, official.columnTitles], rows: models,
                                     rightAligned: [0])))
        body.append(.section(official.pledgeSignatures))
        body.append(.paragraph(words.pledgeChecklistCount(pledge.signedCount(members: snapshot.units.map(\.id)), snapshot.units.count)))
        let signatures = snapshot.units.enumerated().map { index, unit -> [String] in
            // Only a signature of the current tasks counts; the cell for the ink stays empty.
            guard case .signed(let signature) = pledge.signatureState(of: unit.id) else { return [String(index + 1), unit.name, "", "", "", ""] }
            return [String(index + 1), unit.name, signature.signer, signature.position, signature.date.vietnamese, ""]
        }
        body.append(.table(TextTable(header: [official.columnNumber, official.columnUnit, official.columnSigner, official.columnPosition,
                                              official.columnDate, official.columnSignature], rows: signatures, rightAligned: [0])))
        // A title of its own ("Đoàn kết, sáng tạo…") is kept; "Giao ước thi đua năm 2023" would repeat the type.
        let ownTitle = !pledge.title.isEmpty && !VietnameseFolding.fold(pledge.title).hasPrefix(VietnameseFolding.fold(official.pledgeKind))
        // Undated, it reads "năm <its year>": a pledge is signed at the start of its year.
        var heading = OfficialContext(snapshot: snapshot, words: words).clusterHeading(symbol: "GƯ", date: pledge.date)
        heading.placeAndDate = official.placeAndDate(Self.placeName(of: snapshot.cluster), pledge.date, year)
        return OfficialDocument(heading: heading, kind: official.pledgeKind,
                                summary: official.pledgeSummary(year, snapshot.cluster.name) + (ownTitle ? [pledge.title] : []), body: body, seal: seal)
    }
}
