result = (obj
    .method1()
    .method2(arg)
  .attr)
