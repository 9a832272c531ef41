import Emulation

extension RulesFile {
    /// What the file is and how to apply it, for the person who opens it in a text editor.
    static let header = """
        # Quy tắc thi đua của một cụm trong một năm (tệp của thidua).
        # Sửa các giá trị bên dưới, xem trước thay đổi rồi áp dụng cho một năm:
        #   thidua rules diff TỆP --cluster MÃ-CỤM --year NĂM
        #   thidua rules import TỆP --cluster MÃ-CỤM --year NĂM
        # Khi năm đã bắt đầu chấm điểm, thêm --reason "lý do thay đổi" (được ghi vào nhật ký).
        # Mọi khóa đều phải có, trừ source; khóa lạ (gõ sai) bị từ chối. source là căn cứ của quy tắc
        # (số, ngày văn bản); để '' là mặc định của thidua, chưa có căn cứ.
        # Trong authority và recipient: {cấp trên} là cơ quan cấp trên của cụm (ví dụ UBND thành phố
        # Hải Phòng), {loại} là loại đơn vị (huyện, xã…), {tên} là tên đơn vị.
        # Lỗi được báo kèm số dòng và vị trí: awards[2].quota là chỉ tiêu của hình thức thứ hai.

        """

    /// What a group's values may be, above the group.
    static func comment(_ group: RuleGroup) -> String {
        switch group {
        case .scoring:
            return """
                # Chấm điểm. final_score: cluster_else_self (điểm cụm chấm; chưa có thì điểm tự chấm)
                # hoặc higher_of_two (điểm cao hơn giữa tự chấm và cụm chấm). Điểm viết 5 hoặc 7.5.
                # gap_flag_percent: đánh dấu khi tự chấm và cụm chấm lệch từ chừng ấy % điểm tối đa của tiêu chí.
                """
        case .classification:
            return """
                # Xếp loại trong cụm: điểm thấp nhất của mỗi mức (xếp loại chính thức do cấp trên quyết định).
                """
        case .ranking:
            return """
                # Khi bằng điểm, xét lần lượt: criterion MÃ (điểm của tiêu chí lớn MÃ), women_majority
                # (tập thể có tỷ lệ nữ từ 70%); [] là để đồng hạng.
                """
        case .awards:
            return """
                # Khen thưởng, cao nhất trước; mỗi đơn vị được đề nghị tối đa một hình thức.
                # band: xếp loại cần đạt (excellent, good, completed); quota: 1, 20% (của số thành viên,
                # làm tròn xuống, ít nhất 1) hoặc unlimited; requires_registration: phải đăng ký trong giao ước;
                # passes_down: false là chỉ xét đơn vị dẫn đầu cụm, không chuyển cho đơn vị kế tiếp.
                """
        case .eligibility:
            return """
                # Không đề nghị khen thưởng đơn vị đang bị: discipline (xem xét kỷ luật), investigation (điều tra),
                # inspection (thanh tra, kiểm tra), complaint (khiếu nại, tố cáo đang xác minh).
                # ineligible: not_proposed (không đề nghị năm nay) hoặc deferred (chưa xét, chờ kết luận).
                """
        case .votes:
            return """
                # Biểu quyết. base: present (tính trên số có mặt) hoặc all_members (trên tổng số thành viên);
                # quorum: số có mặt tối thiểu; pass_threshold: thông qua khi tỷ lệ tán thành vượt mức này.
                """
        }
    }
}
