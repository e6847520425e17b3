import json
raw = '''[
  {"name": "alice", "dept": "eng", "salary": 120000, "skills": ["python", "c"]},
  {"name": "bob", "dept": "ops", "salary": 95000, "skills": ["bash"]},
  {"name": "carol", "dept": "eng", "salary": 135000, "skills": ["go", "python"]}
]'''
people = json.loads(raw)
by_dept = {}
for p in people:
    by_dept.setdefault(p["dept"], []).append(p)
report = {dept: {"count": len(ps), "avg_salary": sum(p["salary"] for p in ps) / len(ps),
                 "skills": sorted({s for p in ps for s in p["skills"]})}
          for dept, ps in sorted(by_dept.items())}
print(json.dumps(report, indent=1))
