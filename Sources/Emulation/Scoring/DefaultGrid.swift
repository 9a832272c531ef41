extension CriteriaTree {
    /// The grid used in Hải Phòng in 2024: 3 major criteria, 15 sub-criteria, 100 points.
    /// It is the starting point of a new cluster-year, to be edited as the cluster decides.
    public static let standard = CriteriaTree(majors: [
        Criterion(code: "1", title: "Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội", maximum: Points(50), children: [
            Criterion(code: "1.1", title: "Tăng trưởng kinh tế, thu ngân sách", maximum: Points(10)),
            Criterion(code: "1.2", title: "Xây dựng nông thôn mới, đô thị văn minh", maximum: Points(8)),
            Criterion(code: "1.3", title: "Giảm nghèo, an sinh xã hội", maximum: Points(7)),
            Criterion(code: "1.4", title: "Giáo dục – đào tạo, y tế", maximum: Points(7)),
            Criterion(code: "1.5", title: "Văn hóa, thông tin, thể dục thể thao", maximum: Points(6)),
            Criterion(code: "1.6", title: "Tài nguyên, môi trường, trật tự xây dựng", maximum: Points(6)),
            Criterion(code: "1.7", title: "Chuyển đổi số, cải cách hành chính", maximum: Points(6)),
        ]),
        Criterion(code: "2", title: "Xây dựng Đảng, chính quyền; quốc phòng – an ninh", maximum: Points(30), children: [
            Criterion(code: "2.1", title: "Xây dựng tổ chức Đảng, hệ thống chính trị", maximum: Points(8)),
            Criterion(code: "2.2", title: "Hiệu lực, hiệu quả quản lý của chính quyền", maximum: Points(6)),
            Criterion(code: "2.3", title: "Quốc phòng, quân sự địa phương", maximum: Points(5)),
            Criterion(code: "2.4", title: "An ninh trật tự, an toàn xã hội", maximum: Points(6)),
            Criterion(code: "2.5", title: "Phòng, chống tham nhũng, tiếp công dân, giải quyết khiếu nại", maximum: Points(5)),
        ]),
        Criterion(code: "3", title: "Công tác thi đua, khen thưởng và hoạt động của cụm", maximum: Points(20), children: [
            Criterion(code: "3.1", title: "Phát động phong trào, xây dựng mô hình, nhân rộng điển hình tiên tiến", maximum: Points(8)),
            Criterion(code: "3.2", title: "Công tác khen thưởng đúng, kịp thời", maximum: Points(6)),
            Criterion(code: "3.3", title: "Tham gia hoạt động cụm, thực hiện giao ước, chế độ báo cáo", maximum: Points(6)),
        ]),
    ])
}
