// The examples gallery: programs adapted from the tutorials in shared/seeds, grouped by
// the idea they teach, each with the one line it teaches. Sources are bundled as text.
import sequential from '../examples/sequential.py';
import tasks from '../examples/tasks.py';
import awaitTask from '../examples/await_task.py';
import background from '../examples/background.py';
import gather from '../examples/gather.py';
import gatherErrors from '../examples/gather_errors.py';
import cooperative from '../examples/cooperative.py';
import wait from '../examples/wait.py';
import asCompleted from '../examples/as_completed.py';
import cancel from '../examples/cancel.py';
import shield from '../examples/shield.py';
import waitFor from '../examples/wait_for.py';
import timeout from '../examples/timeout.py';
import taskgroup from '../examples/taskgroup.py';
import semaphore from '../examples/semaphore.py';
import queue from '../examples/queue.py';
import blocking from '../examples/blocking.py';
import nonblocking from '../examples/nonblocking.py';

/** @type {{group: string, items: {id: string, title: string, lesson: string, source: string}[]}[]} */
export const GALLERY = [
  { group: 'Awaiting coroutines vs creating tasks', items: [
    { id: 'sequential', title: 'Awaiting one coroutine after another', lesson: 'Awaiting a coroutine runs it inside the current task: 1 s + 2 s takes 3 s, on one lane.', source: sequential },
    { id: 'tasks', title: 'Two tasks at once', lesson: 'create_task hands each coroutine to the loop: both sleeps overlap and the run takes 2 s.', source: tasks },
    { id: 'await_task', title: 'When to await, when to create a task', lesson: 'Await directly when you need the result next; create tasks for independent work.', source: awaitTask },
    { id: 'background', title: 'A background task', lesson: 'A task keeps running while main does other work, until main awaits it.', source: background },
  ] },
  { group: 'gather', items: [
    { id: 'gather', title: 'gather', lesson: 'gather wraps each coroutine in a task, runs them together and returns results in argument order.', source: gather },
    { id: 'gather_errors', title: 'gather and exceptions', lesson: 'The first exception propagates — unless return_exceptions=True returns it as a result.', source: gatherErrors },
    { id: 'cooperative', title: 'Taking turns with sleep(0)', lesson: 'sleep(0) yields to the loop: two coroutines interleave at one instant — read it on the Steps axis.', source: cooperative },
  ] },
  { group: 'wait and as_completed', items: [
    { id: 'wait', title: 'wait(FIRST_COMPLETED)', lesson: 'wait returns as soon as one task is done; the others keep running in the pending set.', source: wait },
    { id: 'as_completed', title: 'as_completed', lesson: 'as_completed hands you results in the order tasks finish, not the order you started them.', source: asCompleted },
  ] },
  { group: 'Cancellation', items: [
    { id: 'cancel', title: 'Cancelling a task', lesson: 'cancel() throws CancelledError into the task at its await; it cleans up and re-raises.', source: cancel },
    { id: 'shield', title: 'shield', lesson: 'Cancelling a task that awaits shield(t) cancels the waiter only: t runs on to the end.', source: shield },
  ] },
  { group: 'Timeouts', items: [
    { id: 'wait_for', title: 'wait_for', lesson: 'wait_for cancels the awaited task when the timeout expires and raises TimeoutError.', source: waitFor },
    { id: 'timeout', title: 'asyncio.timeout', lesson: 'async with timeout(2) cancels whatever the block awaits when the deadline passes.', source: timeout },
  ] },
  { group: 'TaskGroup', items: [
    { id: 'taskgroup', title: 'TaskGroup', lesson: 'When one child fails, the group cancels the others and raises an ExceptionGroup.', source: taskgroup },
  ] },
  { group: 'Semaphore', items: [
    { id: 'semaphore', title: 'Limiting concurrency', lesson: 'Semaphore(2) lets two tasks in at a time; the rest wait on Semaphore.acquire.', source: semaphore },
  ] },
  { group: 'Queues', items: [
    { id: 'queue', title: 'Producer and consumers', lesson: 'Workers wait on Queue.get, the producer on a full queue; join waits until every item is handled.', source: queue },
  ] },
  { group: 'The blocking time.sleep mistake', items: [
    { id: 'blocking', title: 'time.sleep blocks every task', lesson: 'time.sleep inside a coroutine stalls the whole loop: the ticker freezes for 3 s.', source: blocking },
    { id: 'nonblocking', title: 'await asyncio.sleep instead', lesson: 'await asyncio.sleep yields to the loop: the ticker keeps ticking while the task waits.', source: nonblocking },
  ] },
];

/** Every example, flat. */
export const EXAMPLES = GALLERY.flatMap((g) => g.items.map((it) => ({ ...it, group: g.group })));
