"""SmartRecruiters: connector declaration, mapping, and its sandbox."""
