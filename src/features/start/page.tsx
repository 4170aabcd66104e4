import { useHref, useView } from '../../platform/ui/context.ts';
import type { Task, TaskList } from './service.ts';

/** The newcomer's task list (GOV.UK pattern): each task, whether it is done, and the one to do now. */
export function StartPage(props: { lists: TaskList[] }) {
  const { t } = useView();
  return (
    <>
      <h1>{t('start.title')}</h1>
      <p class="lead">{t('start.lead')}</p>
      {props.lists.map((list) => {
        const id = list.organisation?.id ?? 'new';
        const several = props.lists.length > 1;
        return (
          <section key={id} aria-labelledby={several ? `tasks-${id}` : undefined}>
            {several && <h2 id={`tasks-${id}`}>{list.organisation?.legalName}</h2>}
            {!several && list.organisation && (
              <p>{t('start.for', { organisation: list.organisation.legalName })}</p>
            )}
            <p>{t('start.progress', { done: list.done, total: list.tasks.length })}</p>
            <Next task={list.next} />
            {!list.organisation && <p>{t('start.invited')}</p>}
            <ol class="task-list">
              {list.tasks.map((task) => (
                <TaskRow key={task.key} task={task} id={`${id}-${task.key}`} />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

function Next(props: { task: Task | null }) {
  const { t } = useView();
  const href = useHref();
  const task = props.task;
  if (!task) return <p class="notice notice--success">{t('start.all_done')}</p>;
  const name = t(`start.task.${task.key}`);
  return (
    <p class="next-step">
      <strong>{t('start.next', { task: name })}</strong>{' '}
      {task.status === 'todo' && task.href && (
        <a class="button button--primary" href={href(task.href)}>
          {name}
        </a>
      )}
    </p>
  );
}

function TaskRow(props: { task: Task; id: string }) {
  const { t } = useView();
  const href = useHref();
  const { task, id } = props;
  const name = t(`start.task.${task.key}`);
  // Nothing to open while a task cannot start; a task waiting on the secretariat still shows where it stands.
  const linked = task.href && task.status !== 'cannot_start';
  return (
    <li class={`task-list__item task-list__item--${task.status}`}>
      <div class="task-list__name">
        {linked ? (
          <a href={href(task.href as string)} aria-describedby={`${id}-hint ${id}-status`}>
            {name}
          </a>
        ) : (
          <span>{name}</span>
        )}
        <p class="hint" id={`${id}-hint`}>
          {t(`start.hint.${task.key}`)}
        </p>
      </div>
      <strong class={`tag tag--${task.status}`} id={`${id}-status`}>
        {t(`start.status.${task.status}`)}
      </strong>
    </li>
  );
}
