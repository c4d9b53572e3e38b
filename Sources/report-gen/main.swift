print("report-gen")
